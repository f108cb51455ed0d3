package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link Debate} in one format. Implementations are immutable and thread-safe: {@link
 * DebateJson}, {@link DebateXml}, {@link AkomaNtoso}.
 */
public interface DebateWriter {

  /**
   * Writes the debate as one document to the writer, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  void write(Debate debate, Writer out);

  /** The debate as one document. */
  default String write(Debate debate) {
    StringWriter out = new StringWriter();
    write(debate, out);
    return out.toString();
  }
}
