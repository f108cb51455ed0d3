package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateWriter;
import io.github.undebate.formats.DebateXml;
import java.io.StringWriter;

/**
 * The formats {@code parse} writes. Each knows the extension of its files under {@code
 * --output-dir} and whether several of its documents may follow each other on standard output.
 */
enum Format {
  /** The JSON contract {@code undebate/1}, indented; one document per record. */
  json(".json", true, DebateJson.create()),

  /** JSON Lines: the same JSON on one line per record, for whole corpora. */
  jsonl(".jsonl", true, DebateJson.builder().pretty(false).build()),

  /** undebate's native XML, the same model as the JSON. */
  xml(".xml", false, DebateXml.create()),

  /** OASIS Akoma Ntoso 3.0 ({@code debate} document). */
  akn(".akn.xml", false, AkomaNtoso.create());

  private final String extension;
  private final boolean concatenates;
  private final DebateWriter writer;

  Format(String extension, boolean concatenates, DebateWriter writer) {
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
    StringWriter out = new StringWriter();
    writer.write(debate, out);
    out.write('\n');
    return out.toString();
  }
}
