package io.github.undebate.parser;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Source;
import io.github.undebate.core.SourceFormat;
import io.github.undebate.parser.internal.DecodedText;
import io.github.undebate.parser.internal.HtmlText;
import io.github.undebate.parser.internal.InputSniff;
import io.github.undebate.parser.internal.RecordReader;
import io.github.undebate.parser.internal.TextDecoder;
import io.github.undebate.parser.internal.UngdcFileName;
import io.github.undebate.parser.internal.pdf.LaidOutText;
import io.github.undebate.parser.internal.pdf.PdfLayout;
import io.github.undebate.parser.spi.PdfReadException;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Parses the raw text, HTML or PDF of a UN debate record into a {@link Debate}.
 *
 * <pre>{@code
 * DebateParser parser = DebateParser.create();
 * Debate debate = parser.parse(Path.of("S_PV.8700_E.txt"));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: create one and share it between threads. Any text
 * yields a result; what the parser removed, doubted or could not read is reported in {@link
 * Debate#diagnostics()}, and every visible character of the input is either in the model or in a
 * diagnostic that says it was removed. Only these throw:
 *
 * <ul>
 *   <li>{@link LimitExceededException}: the input breaches a limit set on the {@link Builder};
 *   <li>{@link DebateParseException}: a PDF that cannot be read (encrypted without a password,
 *       broken, or no PDF reader on the class path: add {@code io.github.undebate:undebate-pdf}),
 *       or the parser failed on the input, which is a bug in the parser (please report it with the
 *       input); the message and cause say which;
 *   <li>{@link IOException}: the file or stream could not be read;
 *   <li>{@link NullPointerException}: the argument itself is null.
 * </ul>
 *
 * <p>What an input is, the parser finds from its content, never from a file name: bytes that begin
 * with the PDF signature are a PDF, read by the {@link PdfTextReader} that {@code undebate-pdf}
 * provides; text that begins as an HTML document ({@code <!DOCTYPE html>}, {@code <html>}, or
 * another HTML tag first) is read as {@link #parseHtml(String)} reads it; anything else is text.
 *
 * <p>Bytes (files and streams) are decoded by a byte order mark, else as UTF-16 when every other
 * byte is zero, else as UTF-8, else by an HTML page's {@code <meta charset>}, else as UTF-8 with
 * its few stray bytes read as Windows-1252, else as Windows-1252; a byte the charset leaves
 * undefined becomes U+FFFD, and a diagnostic says which bytes were read how. The platform's default
 * charset is never used. Text is normalised to Unicode NFC; control characters are removed with a
 * diagnostic ({@code input.binary} when the input is more control characters than text).
 */
public final class DebateParser {

  /** The default for {@link Builder#maxInputChars(int)}: 64 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 64 * 1024 * 1024;

  /** The default for {@link Builder#maxInputBytes(int)}: 256 MiB. */
  public static final int DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

  /** The default for {@link Builder#maxPdfPages(int)}: 2,000 pages. */
  public static final int DEFAULT_MAX_PDF_PAGES = 2_000;

  /** The Maven coordinates that messages name for reading PDFs. */
  static final String PDF_ARTIFACT = "io.github.undebate:undebate-pdf";

  private final int maxInputChars;
  private final int maxInputBytes;
  private final int maxPdfPages;

  private DebateParser(Builder builder) {
    this.maxInputChars = builder.maxInputChars;
    this.maxInputBytes = builder.maxInputBytes;
    this.maxPdfPages = builder.maxPdfPages;
  }

  /** The limit on a PDF's pages; see {@link Builder#maxPdfPages(int)}. */
  public int maxPdfPages() {
    return maxPdfPages;
  }

  /** The limit on characters; see {@link Builder#maxInputChars(int)}. */
  public int maxInputChars() {
    return maxInputChars;
  }

  /** The limit on bytes; see {@link Builder#maxInputBytes(int)}. */
  public int maxInputBytes() {
    return maxInputBytes;
  }

  /** A parser with the default options. */
  public static DebateParser create() {
    return builder().build();
  }

  /** A builder for a parser with options other than the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses plain text (also Markdown with front matter, or text extracted from a PDF); text that is
   * an HTML document (see the class) is read as {@link #parseHtml(String)} reads it, as {@link
   * #parse(Path)} would read the same text from a file. The result has no {@link Debate#source()}:
   * a string has no bytes to describe.
   *
   * @param text the record's text
   * @throws LimitExceededException if the text is longer than {@link Builder#maxInputChars(int)}
   */
  public Debate parse(String text) {
    Objects.requireNonNull(text, "text");
    checkChars(text.length());
    if (InputSniff.isHtml(text)) {
      return readHtml(text, List.of());
    }
    return read(text, List.of());
  }

  /**
   * Parses plain text from a reader, which is read to its end but not closed.
   *
   * @throws IOException if the reader fails
   * @throws LimitExceededException if the text is longer than {@link Builder#maxInputChars(int)}
   */
  public Debate parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) != -1; ) {
      sb.append(buffer, 0, n);
      checkChars(sb.length());
    }
    return parse(sb.toString());
  }

  /**
   * Parses a file of plain text, HTML or PDF, recognised by its content. The charset is found as
   * described on the class; the platform's default charset is never used. A PDF needs {@code
   * io.github.undebate:undebate-pdf} on the class or module path; a PDF without a text layer (a
   * scan) gives a result with no text and an {@code input.no_text_layer} ERROR diagnostic.
   *
   * <p>The file's name is read only for what the UN General Debate Corpus puts in it: a speech
   * named {@code <ISO3>_<session>_<year>.txt} (e.g. {@code CUB_15_1960.txt}, also with a prefix
   * such as {@code UNGDC_}) whose byline or heading does not name the speaker's State is given the
   * State of that ISO 3166-1 code in that year, and a diagnostic says so.
   *
   * <p>The result's {@link Debate#source()} describes the file: its path as given ({@code
   * path.toString()}), its length and SHA-256 digest, what it was found to be, the charset it was
   * decoded with, and this undebate's version.
   *
   * @throws IOException if the file cannot be read
   * @throws LimitExceededException if the file is larger than {@link Builder#maxInputBytes(int)},
   *     its text longer than {@link Builder#maxInputChars(int)} or a PDF longer than {@link
   *     Builder#maxPdfPages(int)}
   * @throws DebateParseException if the file is a PDF that cannot be read: encrypted, broken, or no
   *     PDF reader on the class path
   */
  public Debate parse(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    checkBytes(Files.size(path));
    Path name = path.getFileName();
    Optional<UngdcFileName> corpusName =
        name == null ? Optional.empty() : UngdcFileName.of(name.toString());
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in, path.toString(), corpusName);
    }
  }

  /**
   * Parses plain text, HTML or PDF from a stream of bytes, which is read to its end but not closed.
   * What it is and its charset are found as for {@link #parse(Path)}, and the result's {@link
   * Debate#source()} describes the bytes as there, without a path.
   *
   * @throws IOException if the stream fails
   * @throws LimitExceededException if the input is larger than {@link Builder#maxInputBytes(int)},
   *     its text longer than {@link Builder#maxInputChars(int)} or a PDF longer than {@link
   *     Builder#maxPdfPages(int)}
   * @throws DebateParseException if the input is a PDF that cannot be read, as for {@link
   *     #parse(Path)}
   */
  public Debate parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(in, null, Optional.empty());
  }

  /**
   * Parses the bytes of {@code in}; {@code path} is the file's path as given, {@code null} for a
   * stream.
   */
  private Debate parse(InputStream in, String path, Optional<UngdcFileName> fileName)
      throws IOException {
    // One byte past the limit tells a stream at the limit from one beyond it.
    byte[] bytes =
        in.readNBytes(maxInputBytes == Integer.MAX_VALUE ? maxInputBytes : maxInputBytes + 1);
    checkBytes(bytes.length);
    if (bytes.length == maxInputBytes && in.read() != -1) {
      checkBytes(maxInputBytes + 1L);
    }
    if (InputSniff.isPdf(bytes)) {
      return withSource(readPdf(bytes, fileName), Source.of(bytes, path, SourceFormat.PDF, null));
    }
    DecodedText text = TextDecoder.decode(bytes, maxInputChars, InputSniff.declaredCharset(bytes));
    Charset charset = text.charset().orElse(null);
    if (InputSniff.isHtml(text.text())) {
      return withSource(
          readHtml(text.text(), text.diagnostics()),
          Source.of(bytes, path, SourceFormat.HTML, charset));
    }
    return withSource(
        read(text.text(), text.diagnostics(), fileName),
        Source.of(bytes, path, SourceFormat.TEXT, charset));
  }

  /**
   * The record with where it came from, so that an output can be joined back to its input. The
   * readers build the record from text alone; the bytes are known only here.
   */
  private static Debate withSource(Debate debate, Source source) {
    return debate.toBuilder().source(source).build();
  }

  private Debate readPdf(byte[] bytes, Optional<UngdcFileName> fileName) {
    PdfTextReader reader =
        PdfReaders.FIRST.orElseThrow(
            () ->
                new DebateParseException(
                    "the input is a PDF, and no PDF reader is on the class path: add "
                        + PDF_ARTIFACT
                        + " (the same version as undebate-parser) to read PDFs"));
    PdfText pdf;
    try {
      pdf = reader.read(bytes, maxPdfPages, maxInputChars);
    } catch (PdfReadException e) {
      throw new DebateParseException(e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
    LaidOutText laid;
    try {
      laid = PdfLayout.lay(pdf);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
    DecodedText text = laid.text();
    checkChars(text.text().length());
    if (text.text().isBlank()) {
      return Debate.builder().kind(RecordKind.OTHER).diagnostics(text.diagnostics()).build();
    }
    try {
      return RecordReader.read(text.text(), text.diagnostics(), fileName, laid.layouts());
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  /** The PDF reader that the class or module path provides, looked up once. */
  private static final class PdfReaders {
    static final Optional<PdfTextReader> FIRST =
        ServiceLoader.load(PdfTextReader.class, DebateParser.class.getClassLoader()).findFirst();
  }

  /**
   * Parses a whole scraped HTML page: the article body is found and navigation, scripts, footers
   * and related-article lists are dropped before the text is parsed.
   *
   * @param html the page's markup
   * @throws LimitExceededException if the markup is longer than {@link Builder#maxInputChars(int)}
   */
  public Debate parseHtml(String html) {
    Objects.requireNonNull(html, "html");
    checkChars(html.length());
    return readHtml(html, List.of());
  }

  private static Debate readHtml(String html, List<Diagnostic> decoding) {
    DecodedText text;
    try {
      text = HtmlText.read(html);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
    List<Diagnostic> diagnostics = new java.util.ArrayList<>(decoding);
    diagnostics.addAll(text.diagnostics());
    return read(text.text(), diagnostics);
  }

  private static Debate read(String text, List<Diagnostic> diagnostics) {
    return read(text, diagnostics, Optional.empty());
  }

  private static Debate read(
      String text, List<Diagnostic> diagnostics, Optional<UngdcFileName> fileName) {
    try {
      return RecordReader.read(text, diagnostics, fileName);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  // A bug in a reader must not surface as a bare NullPointerException or StackOverflowError: the
  // caller gets the documented exception type, and the cause for the bug report.
  private static DebateParseException failure(Throwable e) {
    if (e instanceof DebateParseException d) {
      return d;
    }
    return new DebateParseException(
        "the parser failed on this input, which is a bug in undebate; please report it with the"
            + " input ("
            + e
            + ")",
        e);
  }

  private void checkChars(long length) {
    if (length > maxInputChars) {
      throw new LimitExceededException("maxInputChars", maxInputChars, length);
    }
  }

  private void checkBytes(long length) {
    if (length > maxInputBytes) {
      throw new LimitExceededException("maxInputBytes", maxInputBytes, length);
    }
  }

  /** Options for a {@link DebateParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxPdfPages = DEFAULT_MAX_PDF_PAGES;

    private Builder() {}

    /**
     * The longest text, in UTF-16 characters, that the parser accepts, for strings, readers and
     * HTML markup as given and for files and streams once decoded; a longer one throws {@link
     * LimitExceededException}. Default {@value DebateParser#DEFAULT_MAX_INPUT_CHARS} (64 Mi). The
     * parser needs about 20 bytes of heap per character of input at its peak (see the README).
     *
     * @throws IllegalArgumentException if {@code maxInputChars} is not positive
     */
    public Builder maxInputChars(int maxInputChars) {
      if (maxInputChars <= 0) {
        throw new IllegalArgumentException("maxInputChars must be positive, was " + maxInputChars);
      }
      this.maxInputChars = maxInputChars;
      return this;
    }

    /**
     * The largest file or stream, in bytes, that the parser reads; a larger one throws {@link
     * LimitExceededException} before it is decoded. Default {@value
     * DebateParser#DEFAULT_MAX_INPUT_BYTES} (256 Mi), room for {@link #maxInputChars(int)}
     * characters in any encoding.
     *
     * @throws IllegalArgumentException if {@code maxInputBytes} is not positive
     */
    public Builder maxInputBytes(int maxInputBytes) {
      if (maxInputBytes <= 0) {
        throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
      }
      this.maxInputBytes = maxInputBytes;
      return this;
    }

    /**
     * The most pages of a PDF that the parser reads; a longer PDF throws {@link
     * LimitExceededException} before its text is extracted. Default {@value
     * DebateParser#DEFAULT_MAX_PDF_PAGES}. The bytes of a PDF count against {@link
     * #maxInputBytes(int)} and its extracted text against {@link #maxInputChars(int)}, so a PDF
     * that expands to more text than that stops as soon as it passes the limit.
     *
     * @throws IllegalArgumentException if {@code maxPdfPages} is not positive
     */
    public Builder maxPdfPages(int maxPdfPages) {
      if (maxPdfPages <= 0) {
        throw new IllegalArgumentException("maxPdfPages must be positive, was " + maxPdfPages);
      }
      this.maxPdfPages = maxPdfPages;
      return this;
    }

    /** Builds the parser. */
    public DebateParser build() {
      return new DebateParser(this);
    }
  }
}
