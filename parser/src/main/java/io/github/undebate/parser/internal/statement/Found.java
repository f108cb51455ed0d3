package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Evidenced;
import java.util.Objects;

/**
 * A value found for a speaker's field, with its evidence and the input line the evidence stands on.
 *
 * @param evidenced the value, what kind of text gave it and that text
 * @param line the evidence's 1-based input line; 0 when it has none (a file name, a count)
 * @param <T> the kind of value
 */
record Found<T>(Evidenced<T> evidenced, int line) {
  Found {
    Objects.requireNonNull(evidenced, "evidenced");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** A value found in the text on the line. */
  static <T> Found<T> of(T value, Evidence evidence, String excerpt, int line) {
    return new Found<>(new Evidenced<>(value, evidence, excerpt), line);
  }

  T value() {
    return evidenced.value();
  }

  Evidence evidence() {
    return evidenced.evidence();
  }

  /** Another value found in the same text, on the same line. */
  <U> Found<U> with(U other) {
    return of(other, evidence(), evidenced.excerpt(), line);
  }

  /** The INFO diagnostic {@code speaker.<field>_from_<evidence>} on the evidence's line. */
  Diagnostic diagnostic(String field, String shown) {
    return evidenced.diagnostic(field, shown, line);
  }
}
