package io.github.undebate.core;

/**
 * Procedural text of a record, such as "The meeting was called to order at 10.05 a.m." or a stage
 * direction such as "(Applause.)".
 *
 * @param text the note as printed, line wraps joined
 */
public record Note(String text) implements Proceeding {

  /** Validates that the text is not blank. */
  public Note {
    Check.notBlank(text, "text");
  }

  /** Calls {@link Proceeding.Visitor#visitNote}. */
  @Override
  public <R> R accept(Proceeding.Visitor<R> visitor) {
    return visitor.visitNote(this);
  }
}
