package io.github.undebate.parser.spi;

import java.util.List;
import java.util.Objects;

/**
 * The text layer of a PDF: its pages in order.
 *
 * @param pages every page, first to last
 */
public record PdfText(List<PdfPage> pages) {
  /** Copies the pages. */
  public PdfText {
    pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
  }
}
