/**
 * Writers and readers of the undebate model: {@link io.github.undebate.formats.DebateJson} for the
 * JSON contract {@code undebate/1}.
 */
package io.github.undebate.formats;
