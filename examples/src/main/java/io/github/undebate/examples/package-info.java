/**
 * Runnable snippets, one main class per task a user has; the README quotes them and a test runs
 * each one.
 */
package io.github.undebate.examples;
