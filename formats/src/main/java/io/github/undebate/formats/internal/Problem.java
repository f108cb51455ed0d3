package io.github.undebate.formats.internal;

/**
 * A value that breaks a {@link Check}, named by its field: each reader turns it into a {@link
 * io.github.undebate.formats.DebateFormatException} at the field's path in its own notation.
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The field at fault. */
  final String field;

  Problem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }
}
