package io.github.undebate.cli;

import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code undebate stats FILE...}: the corpus-level table, per speaker, country or citation target.
 */
final class StatsCommand implements Callable<Integer> {

  /** The formats a table can be printed in. */
  enum TableFormat {
    tsv,
    json
  }

  private final UndebateCommand root;
  private final CommandSpec spec;

  // the values given on the command line, read from the spec when the command runs
  private InputOptions input;
  private CorpusStats.Table by;
  private TableFormat format;

  StatsCommand(UndebateCommand root) {
    this.root = root;
    spec = CommandSpec.wrapWithoutInspection(this).name("stats");
    UndebateCommand.standardHelp(spec);
    spec.usageMessage()
        .description(
            "Parses records and prints one table for the whole corpus: per speaker or per country"
                + " the records they speak in, their statements and words; or per citation target"
                + " the records that cite it and how often.",
            "Rows are sorted by statements (or citations), most first. Failures are reported as"
                + " for parse and leave the record out.");
    UndebateCommand.exitCodes(
        spec,
        "0:every record was parsed",
        "1:at least one record failed (it is left out of the table), a folder held no record, or"
            + " a symbolic link looped back to a folder above it",
        "2:the command line was wrong");
    InputOptions.addTo(spec);
    spec.addOption(
        OptionSpec.builder("--by")
            .paramLabel("TABLE")
            .type(CorpusStats.Table.class)
            .defaultValue("speaker")
            .description("one row per: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
            .build());
    spec.addOption(
        OptionSpec.builder("-f", "--format")
            .paramLabel("FORMAT")
            .type(TableFormat.class)
            .defaultValue("tsv")
            .description("the table's format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
            .build());
  }

  /** The command as picocli declares it. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    input = new InputOptions(spec);
    by = spec.findOption("--by").getValue();
    format = spec.findOption("--format").getValue();
    List<Input> inputs = input.inputs();
    int jobs = input.jobs();
    int skipped = input.reportSkipped(spec.commandLine().getErr());
    CorpusStats stats = new CorpusStats();
    Batch batch = new Batch(DebateParser.create(), jobs, root.stdin());
    int failures;
    try (BatchReport report =
        new BatchReport(
            spec.commandLine().getErr(), root.terminal(), "stats", inputs.size(), input.quiet)) {
      batch.run(
          inputs,
          debate -> debate,
          outcome -> {
            if (outcome.failed()) {
              report.failed(outcome.input().name(), outcome.failure());
            } else {
              stats.add(outcome.debate());
              report.parsed(outcome.input().name(), outcome.debate());
            }
          });
      failures = report.failures();
    }
    PrintWriter out = spec.commandLine().getOut();
    List<CorpusStats.Row> rows = stats.rows(by);
    if (format == TableFormat.tsv) {
      tsv(rows, out);
    } else {
      json(rows, out);
    }
    out.flush();
    return failures + skipped == 0 ? 0 : 1;
  }

  private void tsv(List<CorpusStats.Row> rows, PrintWriter out) {
    out.println(String.join("\t", by.columns()));
    for (CorpusStats.Row row : rows) {
      StringBuilder line = new StringBuilder();
      for (String key : row.keys()) {
        // A tab or line break inside a value would shift the columns; a space keeps them.
        line.append(key.replaceAll("[\\t\\r\\n]+", " ")).append('\t');
      }
      for (int i = 0; i < row.counts().size(); i++) {
        line.append(row.counts().get(i)).append(i + 1 < row.counts().size() ? "\t" : "");
      }
      out.println(line);
    }
  }

  private void json(List<CorpusStats.Row> rows, PrintWriter out) {
    List<String> columns = by.columns();
    try (JsonGenerator g =
        JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (CorpusStats.Row row : rows) {
        g.writeStartObject();
        int c = 0;
        for (String key : row.keys()) {
          g.writeStringProperty(columns.get(c++), key);
        }
        for (Long count : row.counts()) {
          g.writeNumberProperty(columns.get(c++), count);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.println();
  }
}
