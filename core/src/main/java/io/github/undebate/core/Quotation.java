package io.github.undebate.core;

import java.util.Optional;

/**
 * A passage inside a paragraph that quotes a third person, such as a head of State quoted by his
 * representative.
 *
 * @param start offset of the first quoted character in the paragraph's text
 * @param end offset just past the last quoted character
 * @param speaker the person quoted, as the text names him, when it does
 */
public record Quotation(int start, int end, Optional<String> speaker) {

  /** Validates the fields: a non-empty span and a non-blank speaker when present. */
  public Quotation {
    Check.argument(start >= 0, () -> "start must be >= 0, was " + start);
    Check.argument(start < end, () -> "start must be < end, was " + start + " >= " + end);
    Check.optionalText(speaker, "speaker");
  }
}
