package io.github.undebate.parser.spi;

/**
 * Reads the text layer of a PDF as positioned words, for the parser to lay out. Implementations are
 * found with {@link java.util.ServiceLoader} (a {@code provides} clause on the module path, a
 * {@code META-INF/services} entry on the class path); the parser uses the first one found. An
 * implementation must be thread-safe: one parser reads many PDFs at once.
 *
 * <p>The reader extracts and the parser decides: running heads, page numbers, columns, hyphens and
 * paragraphs are the parser's business, so that every reader gives the same result for the same
 * page.
 */
public interface PdfTextReader {

  /**
   * Reads every page's words in the order the page draws them.
   *
   * @param pdf the whole file
   * @param maxPages the most pages to read; a longer document must throw {@link
   *     io.github.undebate.parser.LimitExceededException} naming {@code maxPdfPages}
   * @param maxChars the most characters of text to extract; more must throw {@link
   *     io.github.undebate.parser.LimitExceededException} naming {@code maxInputChars}
   * @return the pages
   * @throws PdfReadException if the file is not a PDF that can be read: encrypted without a known
   *     password, broken beyond repair
   */
  PdfText read(byte[] pdf, int maxPages, int maxChars) throws PdfReadException;
}
