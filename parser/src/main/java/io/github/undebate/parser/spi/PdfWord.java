package io.github.undebate.parser.spi;

import java.util.Objects;

/**
 * A word as the page draws it, with where and in which type.
 *
 * @param text the word's text, as the font maps it to Unicode (ligatures and private-use glyphs may
 *     still need mapping); never blank
 * @param left its left edge
 * @param right its right edge
 * @param top the top of its tallest glyph
 * @param baseline its baseline
 * @param size its font size in points, as it appears on the page
 * @param bold whether its font is bold (by name, weight or flags)
 * @param italic whether its font is italic or oblique
 */
public record PdfWord(
    String text,
    float left,
    float right,
    float top,
    float baseline,
    float size,
    boolean bold,
    boolean italic) {
  /** Validates. */
  public PdfWord {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a word has text");
    }
  }
}
