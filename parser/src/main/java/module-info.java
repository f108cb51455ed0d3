/**
 * Turns the raw text, HTML or PDF of UN debate records into the {@link
 * io.github.undebate.core.Debate} model. Start at {@link io.github.undebate.parser.DebateParser}.
 * PDFs need a {@link io.github.undebate.parser.spi.PdfTextReader}, which {@code undebate-pdf}
 * provides.
 */
module io.github.undebate.parser {
  requires transitive io.github.undebate.core;
  requires org.jsoup;

  exports io.github.undebate.parser;
  exports io.github.undebate.parser.citation;
  exports io.github.undebate.parser.spi;

  uses io.github.undebate.parser.spi.PdfTextReader;
}
