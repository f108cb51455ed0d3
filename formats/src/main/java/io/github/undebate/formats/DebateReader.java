package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads a {@link Debate} from one format, the inverse of a {@link DebateWriter}: for every valid
 * model {@code d}, {@code read(write(d))} equals {@code d}. Implementations are immutable and
 * thread-safe: {@link DebateJson}, {@link DebateXml}.
 */
public interface DebateReader {

  /**
   * Reads one document from the reader, which is read to the document's end but not closed.
   *
   * @throws DebateFormatException if the document is not a valid debate in this format or breaches
   *     a reading limit; the message names the path of the offending value
   * @throws UncheckedIOException if the reader fails
   */
  Debate read(Reader in);

  /**
   * Reads one document from a string.
   *
   * @throws DebateFormatException if the document is not a valid debate in this format or breaches
   *     a reading limit; the message names the path of the offending value
   */
  default Debate read(String document) {
    return read(new StringReader(document));
  }
}
