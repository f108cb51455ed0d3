package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateHtml;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateTables;
import io.github.undebate.formats.DebateWriter;
import io.github.undebate.formats.DebateXml;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The formats {@code parse} writes. A document format knows the extension of its files under {@code
 * --output-dir} and whether several of its documents may follow each other on standard output; a
 * table format ({@code csv}, {@code tsv}) writes the rows of every record into three tables instead
 * (see {@link Tables}).
 *
 * <p>A format's writer is made when a command asks for it, not with the enum: picocli loads this
 * class for every command line (even {@code --version}), and making all the writers there cost a
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
  akn(".akn.xml", false, () -> AkomaNtoso.create()),

  /** One self-contained HTML page per record, to look at. */
  html(".html", false, () -> DebateHtml.create()),

  /** Comma-separated tables: statements, votes and citations of all records. */
  csv(".csv", () -> DebateTables.csv()),

  /** Tab-separated tables, as {@link #csv}. */
  tsv(".tsv", () -> DebateTables.tsv());

  private final String extension;
  private final boolean concatenates;
  private final Supplier<DebateWriter> writers;
  private final Supplier<DebateTables> tables;

  Format(String extension, boolean concatenates, Supplier<DebateWriter> writers) {
    this.extension = extension;
    this.concatenates = concatenates;
    this.writers = writers;
    this.tables = null;
  }

  Format(String extension, Supplier<DebateTables> tables) {
    this.extension = extension;
    this.concatenates = false;
    this.writers = null;
    this.tables = tables;
  }

  /**
   * A new writer of this document format; writers are thread-safe, so a batch makes one and shares
   * it.
   *
   * @throws IllegalStateException for a table format, which has no document writer
   */
  DebateWriter writer() {
    if (writers == null) {
      throw new IllegalStateException(name() + " writes tables, not documents");
    }
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

  /** The tables' dialect, for a table format; empty for a document format. */
  Optional<DebateTables> tables() {
    return tables == null ? Optional.empty() : Optional.of(tables.get());
  }

  /** The record as one document of {@code writer}, ending with a newline. */
  static String render(DebateWriter writer, Debate debate) {
    StringWriter out = new StringWriter();
    writer.write(debate, out);
    out.write('\n');
    return out.toString();
  }
}
