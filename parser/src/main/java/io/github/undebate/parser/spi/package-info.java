/**
 * The service interfaces through which optional artifacts extend the parser. {@link
 * io.github.undebate.parser.spi.PdfTextReader} is implemented by {@code undebate-pdf} (Apache
 * PDFBox) and found with {@link java.util.ServiceLoader}: a user who adds that artifact gets PDFs
 * from {@link io.github.undebate.parser.DebateParser#parse(java.nio.file.Path)} with no other
 * change; one who parses only text carries no PDF library.
 */
package io.github.undebate.parser.spi;
