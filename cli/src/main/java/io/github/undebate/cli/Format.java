package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateWriter;
import io.github.undebate.formats.DebateXml;
import java.io.StringWriter;
import java.util.function.Supplier;

/**
 * The formats {@code parse} writes. Each knows the extension of its files under {@code
 * --output-dir} and whether several of its documents may follow each other on standard output.
 *
 * <p>A format's writer is made when a command asks for it, not with the enum: picocli loads this
 * class for every command line (even {@code --version}), and making all four writers there cost a
 * cold start the classes of Jackson's data binding and of both XML writers.
 */
enum Format {
  // Lambdas, not method references: a method reference loads and links its class when the enum
  // is made, a lambda only when it runs.

  /** The JSON contract {@code undebate/1}, indented; one document per record. */
  json(".json", true, () -> DebateJson.create()),

  /** JSON Lines: the same JSON on one line per record, for whole corpora. */
  jsonl(".jsonl", true, () -> DebateJson.builder().pretty(false).build()),

  /** undebate's native XML, the same model as the JSON. */
  xml(".xml", false, () -> DebateXml.create()),

  /** OASIS Akoma Ntoso 3.0 ({@code debate} document). */
  akn(".akn.xml", false, () -> AkomaNtoso.create());

  private final String extension;
  private final boolean concatenates;
  private final Supplier<DebateWriter> writers;

  Format(String extension, boolean concatenates, Supplier<DebateWriter> writers) {
    this.extension = extension;
    this.concatenates = concatenates;
    this.writers = writers;
  }

  /** A new writer of this format; writers are thread-safe, so a batch makes one and shares it. */
  DebateWriter writer() {
    return writers.get();
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

  /** The record as one document of {@code writer}, ending with a newline. */
  static String render(DebateWriter writer, Debate debate) {
    StringWriter out = new StringWriter();
    writer.write(debate, out);
    out.write('\n');
    return out.toString();
  }
}
