package io.github.undebate.parser.internal.pdf;

import io.github.undebate.parser.internal.DecodedText;
import io.github.undebate.parser.internal.Layout;
import java.util.List;
import java.util.Objects;

/**
 * A PDF laid out as text, with what the page says of each line of that text: the text and its
 * diagnostics for the text path, and one {@link Layout} for each line that {@code Line.split} will
 * cut from it (blank lines included), in order.
 *
 * @param text the text and the diagnostics of laying it out
 * @param layouts one layout a line of the text
 */
public record LaidOutText(DecodedText text, List<Layout> layouts) {
  /** Validates and copies. */
  public LaidOutText {
    Objects.requireNonNull(text, "text");
    layouts = List.copyOf(layouts);
  }
}
