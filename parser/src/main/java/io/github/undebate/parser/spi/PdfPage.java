package io.github.undebate.parser.spi;

import java.util.List;
import java.util.Objects;

/**
 * One page: its size and its lines of text in the order the page draws them. Coordinates are in
 * points from the page's top left corner, y growing downwards.
 *
 * @param number the 1-based page number
 * @param width the page's width
 * @param height the page's height
 * @param lines the lines of text, in drawing order
 * @param images whether the page draws an image (a page of images and no text is a scan)
 * @param unmappedGlyphs how many glyphs the page draws whose font gives no Unicode text (their
 *     words hold U+FFFD); a page of them has a text layer that cannot be read
 */
public record PdfPage(
    int number,
    float width,
    float height,
    List<PdfLine> lines,
    boolean images,
    int unmappedGlyphs) {
  /** Validates and copies. */
  public PdfPage {
    if (number < 1) {
      throw new IllegalArgumentException("number must be positive, was " + number);
    }
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
  }
}
