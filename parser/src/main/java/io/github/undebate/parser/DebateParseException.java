package io.github.undebate.parser;

/**
 * Thrown when a record cannot be parsed at all. Problems that still leave a useful result (page
 * noise removed, a count that does not add up, text that could not be read) are reported as {@link
 * io.github.undebate.core.Diagnostic diagnostics} on the result instead.
 */
public class DebateParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public DebateParseException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public DebateParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
