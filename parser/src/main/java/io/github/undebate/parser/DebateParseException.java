package io.github.undebate.parser;

/**
 * Thrown when a record cannot be parsed at all; the root of the parser's exceptions. Problems that
 * still leave a useful result (page noise removed, a count that does not add up, text that could
 * not be read, binary junk) are reported as {@link io.github.undebate.core.Diagnostic diagnostics}
 * on the result instead.
 *
 * <p>The hierarchy is short: {@link LimitExceededException} when the input breaches a limit set on
 * {@link DebateParser.Builder}; this class itself when a PDF cannot be read (encrypted without a
 * password, broken, or no PDF reader on the class path, as its message says) or when the parser
 * failed on an input, which is a bug in the parser, with the original error as its {@linkplain
 * #getCause() cause}.
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
