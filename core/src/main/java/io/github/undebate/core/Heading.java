package io.github.undebate.core;

/**
 * An agenda heading inside a record, such as "Agenda item 8" or "The situation in the Middle East".
 *
 * @param text the heading as printed, line wraps joined
 */
public record Heading(String text) implements Proceeding {

  /** Validates that the text is not blank. */
  public Heading {
    Check.notBlank(text, "text");
  }

  /** Calls {@link Proceeding.Visitor#visitHeading}. */
  @Override
  public <R> R accept(Proceeding.Visitor<R> visitor) {
    return visitor.visitHeading(this);
  }
}
