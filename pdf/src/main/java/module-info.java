/**
 * PDF input for the undebate parser, with Apache PDFBox. Add this module (the artifact {@code
 * io.github.undebate:undebate-pdf}) next to {@code io.github.undebate.parser} and {@link
 * io.github.undebate.parser.DebateParser#parse(java.nio.file.Path)} reads PDFs; it exports nothing
 * and needs no code of its own.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.undebate.pdf {
  requires io.github.undebate.parser;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  requires java.logging;

  provides io.github.undebate.parser.spi.PdfTextReader with
      io.github.undebate.pdf.internal.PdfBoxTextReader;
}
