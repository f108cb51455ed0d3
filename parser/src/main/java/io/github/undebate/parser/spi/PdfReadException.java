package io.github.undebate.parser.spi;

/**
 * A PDF that a {@link PdfTextReader} cannot read at all: encrypted without a known password, or
 * broken beyond repair. The message says which, for people.
 */
public final class PdfReadException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message and cause. */
  public PdfReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
