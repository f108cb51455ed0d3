package io.github.undebate.core;

/**
 * Something the parser wants the user to know about one place in the input: text it removed as page
 * noise or site chrome and why, a count that does not add up, text it could not read.
 *
 * <p>Together with the model, diagnostics account for every character of the input: whatever is not
 * in the model was removed, and a diagnostic says so.
 *
 * @param severity how much it matters
 * @param code a stable, dotted identifier that programs can test, such as {@code
 *     removed.page_header} or {@code vote.count_mismatch}
 * @param line the 1-based line of the input it concerns, or 0 when it concerns no single line
 * @param message a sentence for people
 * @param excerpt the input text concerned (for a removal, exactly what was removed); may be empty
 */
public record Diagnostic(Severity severity, String code, int line, String message, String excerpt) {

  /** Validates the fields. */
  public Diagnostic {
    Check.notNull(severity, "severity");
    Check.notBlank(code, "code");
    Check.argument(line >= 0, () -> "line must be >= 0, was " + line);
    Check.notBlank(message, "message");
    Check.notNull(excerpt, "excerpt");
  }
}
