package io.github.undebate.pdf.internal;

import io.github.undebate.parser.LimitExceededException;
import io.github.undebate.parser.spi.PdfReadException;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfTextReader;
import java.io.IOException;
import java.io.Writer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The {@link PdfTextReader} that {@code undebate-pdf} provides: Apache PDFBox reads the file and
 * {@link WordCollector} takes its words with their places and type. Stateless and thread-safe; each
 * call reads its own document.
 */
public final class PdfBoxTextReader implements PdfTextReader {

  static {
    QuietFonts.install();
  }

  /** The instance that {@link java.util.ServiceLoader} makes. */
  public PdfBoxTextReader() {}

  @Override
  public PdfText read(byte[] pdf, int maxPages, int maxChars) throws PdfReadException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      if (pages > maxPages) {
        throw new LimitExceededException("maxPdfPages", maxPages, pages);
      }
      WordCollector collector = new WordCollector(maxChars);
      collector.writeText(doc, Writer.nullWriter());
      return new PdfText(collector.pages());
    } catch (InvalidPasswordException e) {
      throw new PdfReadException(
          "the PDF is encrypted and cannot be opened without its password; decrypt it first", e);
    } catch (IOException e) {
      throw new PdfReadException(
          "the PDF is broken and cannot be read (" + e.getMessage() + ")", e);
    } catch (StackOverflowError e) {
      // PDFBox reads nested arrays and dictionaries recursively: a PDF bomb of nesting
      throw new PdfReadException("the PDF nests its objects too deeply to be read", e);
    } catch (IllegalArgumentException
        | IllegalStateException
        | ClassCastException
        | IndexOutOfBoundsException
        | NullPointerException e) {
      // PDFBox reports some damage this way rather than as an IOException
      throw new PdfReadException("the PDF is broken and cannot be read (" + e + ")", e);
    }
  }
}
