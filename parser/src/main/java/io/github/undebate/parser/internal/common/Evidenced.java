package io.github.undebate.parser.internal.common;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import java.util.Objects;

/**
 * A value found for a speaker's field with the evidence that gave it and the text it was read from.
 *
 * @param value what was found (a {@link State}, an organization's name, a post ...)
 * @param evidence what kind of text gave it
 * @param excerpt the text it was read from, as the diagnostic quotes it; may be empty
 * @param <T> the kind of value
 */
public record Evidenced<T>(T value, Evidence evidence, String excerpt) {
  /** Checks the fields. */
  public Evidenced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(excerpt, "excerpt");
  }

  /**
   * The INFO diagnostic {@code speaker.<field>_from_<evidence>} that says where a speaker's field
   * came from.
   *
   * @param field the field in lower_snake_case: {@code country}, {@code organization}, {@code
   *     name}, {@code honorific}, {@code post}
   * @param shown the field's value as the speaker now has it
   * @param line the 1-based line of the evidence, 0 when it has none
   */
  public Diagnostic diagnostic(String field, String shown, int line) {
    return new Diagnostic(
        Severity.INFO,
        "speaker." + field + "_from_" + evidence.code(),
        line,
        "the speaker's " + field + " \"" + shown + "\" is from " + evidence.description(),
        excerpt);
  }
}
