package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateJson;
import java.io.Writer;

/**
 * The formats {@code parse} writes. Each knows the extension of its files under {@code
 * --output-dir} and whether several of its documents may follow each other on standard output.
 */
enum Format {
  /** The JSON contract {@code undebate/1}, indented; one document per record. */
  json(".json", true, (debate, out) -> DebateJson.create().write(debate, out)),

  /** JSON Lines: the same JSON on one line per record, for whole corpora. */
  jsonl(
      ".jsonl",
      true,
      (debate, out) -> DebateJson.builder().pretty(false).build().write(debate, out));

  /** How a format writes one record. */
  interface RecordWriter {
    /** Writes the debate to the writer without closing it. */
    void write(Debate debate, Writer out);
  }

  private final String extension;
  private final boolean concatenates;
  private final RecordWriter writer;

  Format(String extension, boolean concatenates, RecordWriter writer) {
    this.extension = extension;
    this.concatenates = concatenates;
    this.writer = writer;
  }

  /** The extension, with its dot, of the files this format writes under {@code --output-dir}. */
  String extension() {
    return extension;
  }

  /**
   * Whether documents of this format may follow each other on standard output (JSON can be read as
   * a stream of documents; an XML file has one root).
   */
  boolean concatenates() {
    return concatenates;
  }

  /** The record as one document of this format, ending with a newline. */
  String render(Debate debate) {
    java.io.StringWriter out = new java.io.StringWriter();
    writer.write(debate, out);
    out.write('\n');
    return out.toString();
  }
}
