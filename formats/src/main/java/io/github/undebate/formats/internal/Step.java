package io.github.undebate.formats.internal;

/**
 * One line of a {@link Table}: a field to read or write, or a check on the fields read before it.
 */
sealed interface Step permits Field, Check {}
