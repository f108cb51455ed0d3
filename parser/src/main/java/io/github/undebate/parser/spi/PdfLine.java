package io.github.undebate.parser.spi;

import java.util.List;
import java.util.Objects;

/**
 * Words that the reader found on one baseline, left to right as drawn, each word's text in reading
 * order (a word written right to left has its first letter at its right edge); the parser puts the
 * words of a line written right to left in reading order. A line may cross a column gutter when the
 * page draws both columns' lines together; the parser splits it there.
 *
 * @param words the words, at least one
 */
public record PdfLine(List<PdfWord> words) {
  /** Validates and copies. */
  public PdfLine {
    words = List.copyOf(Objects.requireNonNull(words, "words"));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one word");
    }
  }

  /** The line's top: the highest top of its words. */
  public float top() {
    float top = Float.MAX_VALUE;
    for (PdfWord w : words) {
      top = Math.min(top, w.top());
    }
    return top;
  }

  /** The line's baseline: that of its first word. */
  public float baseline() {
    return words.get(0).baseline();
  }
}
