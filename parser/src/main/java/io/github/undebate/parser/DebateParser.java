package io.github.undebate.parser;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.internal.DecodedText;
import io.github.undebate.parser.internal.HtmlText;
import io.github.undebate.parser.internal.RecordReader;
import io.github.undebate.parser.internal.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Parses the raw text or HTML of a UN debate record into a {@link Debate}.
 *
 * <pre>{@code
 * DebateParser parser = DebateParser.create();
 * Debate debate = parser.parse(Path.of("S_PV.8700_E.txt"));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: create one and share it. Any text yields a result; what
 * the parser removed, doubted or could not read is reported in {@link Debate#diagnostics()}. Only
 * an input that breaches a limit ({@link LimitExceededException}) or that cannot be read at all
 * ({@link IOException} from the file or stream) throws.
 */
public final class DebateParser {

  /** The default for {@link Builder#maxInputChars(int)}: 64 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 64 * 1024 * 1024;

  private final int maxInputChars;

  private DebateParser(Builder builder) {
    this.maxInputChars = builder.maxInputChars;
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
   * Parses plain text (also Markdown with front matter, or text extracted from a PDF).
   *
   * @param text the record's text
   * @return the parsed record
   * @throws LimitExceededException if the text is longer than {@link Builder#maxInputChars(int)}
   */
  public Debate parse(String text) {
    Objects.requireNonNull(text, "text");
    checkSize(text.length());
    return RecordReader.read(text, List.of());
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
      checkSize(sb.length());
    }
    return parse(sb.toString());
  }

  /**
   * Parses a file of plain text. The charset is taken from a byte order mark, else UTF-8, else
   * Windows-1252 (with a diagnostic); the platform's default charset is never used.
   *
   * @throws IOException if the file cannot be read
   * @throws LimitExceededException if the file is larger than {@link Builder#maxInputChars(int)}
   */
  public Debate parse(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    long size = Files.size(path);
    // Each byte decodes to at most one char, so the byte count bounds the text's length.
    checkSize(size);
    return decoded(TextDecoder.decode(Files.readAllBytes(path)));
  }

  /**
   * Parses plain text from a stream of bytes, which is read to its end but not closed. The charset
   * is found as for {@link #parse(Path)}.
   *
   * @throws IOException if the stream fails
   * @throws LimitExceededException if the input is larger than {@link Builder#maxInputChars(int)}
   */
  public Debate parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes(maxInputChars + 1);
    checkSize(bytes.length);
    return decoded(TextDecoder.decode(bytes));
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
    checkSize(html.length());
    return RecordReader.read(HtmlText.of(html), List.of());
  }

  private Debate decoded(DecodedText text) {
    checkSize(text.text().length());
    return RecordReader.read(text.text(), text.diagnostics());
  }

  private void checkSize(long length) {
    if (length > maxInputChars) {
      throw new LimitExceededException("maxInputChars", maxInputChars, length);
    }
  }

  /** Options for a {@link DebateParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

    private Builder() {}

    /**
     * The longest input, in characters (or bytes, for files and streams), that the parser accepts;
     * a longer one throws {@link LimitExceededException}. Default {@value
     * DebateParser#DEFAULT_MAX_INPUT_CHARS}.
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

    /** Builds the parser. */
    public DebateParser build() {
      return new DebateParser(this);
    }
  }
}
