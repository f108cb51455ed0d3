package io.github.undebate.formats.internal;

import io.github.undebate.formats.DebateFormatException;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Jackson's failures as the exceptions that {@code DebateJson} documents. */
public final class JsonFailures {
  private JsonFailures() {}

  /** A failure of the writer: its stream's, or Jackson's own. */
  public static RuntimeException writeFailure(JacksonException e) {
    return e.getCause() instanceof IOException io
        ? new UncheckedIOException(io.getMessage(), io)
        : e;
  }

  /**
   * The failure as the reader's exception, at the parser's position when it is known.
   *
   * @param parser the parser that failed, or {@code null} to take it from the exception
   * @param source the stream read, or {@code null} when reading characters
   */
  public static RuntimeException readFailure(JacksonException e, JsonParser parser, Watch source) {
    // Bytes that are not in the detected encoding (or in an encoding Jackson refuses, such as an
    // unusual UTF-32 byte order) are a malformed document, not a failed stream: only an
    // IOException the source itself threw is the stream's failure.
    if (e instanceof JacksonIOException
        && e.getCause() instanceof IOException io
        && !(io instanceof CharConversionException)
        && (source == null || source.failed)) {
      return new UncheckedIOException(io.getMessage(), io);
    }
    String path = DebateFormatException.ROOT;
    JsonParser p =
        parser != null
            ? parser
            : (JsonParser) (e.processor() instanceof JsonParser ? e.processor() : null);
    if (p != null && p.streamReadContext() != null) {
      path = jsonPath(p.streamReadContext().pathAsPointer());
    }
    StringBuilder problem = new StringBuilder();
    if (e instanceof StreamConstraintsException) {
      problem.append("breaches a reading limit (raise it with DebateJson.builder()): ");
    } else {
      problem.append("not well-formed JSON: ");
    }
    problem.append(e.getOriginalMessage());
    TokenStreamLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      problem
          .append(" (line ")
          .append(where.getLineNr())
          .append(", column ")
          .append(where.getColumnNr())
          .append(')');
    }
    return new DebateFormatException(path, problem.toString(), e);
  }

  /**
   * A JSON Pointer as JSONPath, so that every message uses one notation; a key longer than a
   * message should repeat (an unknown one can be 50,000 characters) is cut.
   */
  public static String jsonPath(JsonPointer pointer) {
    StringBuilder out = new StringBuilder(DebateFormatException.ROOT);
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() >= 0) {
        out.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        out.append('.').append(ModelValues.excerpt(p.getMatchingProperty()));
      }
    }
    return out.toString();
  }

  /** Remembers whether the stream itself threw, to tell its failures from malformed bytes. */
  public static final class Watch extends FilterInputStream {
    private boolean failed;

    /** Watches the stream. */
    public Watch(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void close() {
      // The caller's stream stays open, as read(InputStream) documents.
    }
  }
}
