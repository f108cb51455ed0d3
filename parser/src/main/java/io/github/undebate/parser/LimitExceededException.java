package io.github.undebate.parser;

/**
 * Thrown when an input breaches one of the limits set on {@link DebateParser.Builder}. The message
 * names the limit, its value and the builder method that raises it.
 */
public final class LimitExceededException extends DebateParseException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long maximum;

  /**
   * An exception for the named limit.
   *
   * @param limit the builder method that sets the limit, such as {@code maxInputChars}
   * @param maximum the limit's value
   * @param actual the size of the input that breached it
   */
  public LimitExceededException(String limit, long maximum, long actual) {
    super(
        "input breaches the limit "
            + limit
            + " = "
            + maximum
            + " (was "
            + actual
            + "); raise it with DebateParser.builder()."
            + limit
            + "(...)");
    this.limit = limit;
    this.maximum = maximum;
  }

  /** The name of the limit, as the builder method that sets it. */
  public String limit() {
    return limit;
  }

  /** The limit's value. */
  public long maximum() {
    return maximum;
  }
}
