package io.github.undebate.cli;

import io.github.undebate.formats.DebateTables.Table;
import io.github.undebate.formats.DebateWriter;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code undebate parse FILE...}: parses records and writes them as JSON, JSON Lines, XML, Akoma
 * Ntoso or HTML pages, one document per record, or as CSV or TSV tables of all records.
 */
final class ParseCommand implements Callable<Integer> {

  private final UndebateCommand root;
  private final CommandSpec spec;

  // the values given on the command line, read from the spec when the command runs
  private InputOptions input;
  private Path outputDir;
  private Format format;
  private Tables.Name table;

  ParseCommand(UndebateCommand root) {
    this.root = root;
    spec = CommandSpec.wrapWithoutInspection(this).name("parse");
    UndebateCommand.standardHelp(spec);
    spec.usageMessage()
        .description(
            "Parses records and writes them in the chosen format: to standard output in input"
                + " order, or one file per record into --output-dir.",
            "Folders are searched recursively. Records are parsed in parallel; a record that fails"
                + " is reported with its path and reason, and the batch goes on.",
            "For a batch, a progress bar (when standard error is a terminal) and a summary go to"
                + " standard error.",
            "Each file in --output-dir is written to a temporary file beside it and renamed into"
                + " place: a failure or an interrupt leaves the old file (or none), never a part"
                + " of one.",
            "--format csv or tsv writes three tables of all records: statements, votes and"
                + " citations (--output-dir gets statements.csv, votes.csv and citations.csv;"
                + " standard output takes one, chosen with --table).");
    UndebateCommand.exitCodes(
        spec,
        "0:every record was parsed and written",
        "1:at least one record failed (missing, unreadable, empty, too large or not writable),"
            + " a folder held no record, or a symbolic link looped back to a folder above it",
        "2:the command line was wrong");
    InputOptions.addTo(spec);
    spec.addOption(
        OptionSpec.builder("-o", "--output-dir")
            .paramLabel("DIR")
            .type(Path.class)
            .description(
                "write <file-stem>.<ext> per record into DIR (keeping the sub-folders of a folder"
                    + " given as input) instead of printing to standard output")
            .build());
    spec.addOption(
        OptionSpec.builder("-f", "--format")
            .paramLabel("FORMAT")
            .type(Format.class)
            .defaultValue("json")
            .description("the output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
            .build());
    spec.addOption(
        OptionSpec.builder("--table")
            .paramLabel("TABLE")
            .type(Tables.Name.class)
            .description(
                "with --format csv or tsv, the one table to write: ${COMPLETION-CANDIDATES}"
                    + " (needed for standard output; with --output-dir, only that table's file)")
            .build());
  }

  /** The command as picocli declares it. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    input = new InputOptions(spec);
    outputDir = spec.findOption("--output-dir").getValue();
    format = spec.findOption("--format").getValue();
    table = spec.findOption("--table").getValue();
    List<Input> inputs = input.inputs();
    int jobs = input.jobs();
    int skipped = input.reportSkipped(spec.commandLine().getErr());
    if (table != null && format.tables().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--table goes with --format csv or tsv, not " + format);
    }
    if (format.tables().isPresent()) {
      if (outputDir == null && table == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--format "
                + format
                + " writes three tables (statements, votes, citations): give --output-dir DIR"
                + " for all three, or --table to print one");
      }
      if (outputDir != null) {
        Files.createDirectories(outputDir);
      }
      return tables(inputs, jobs, skipped);
    }
    if (outputDir == null && inputs.size() > 1 && !format.concatenates()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--format "
              + format
              + " writes one document per record: with more than one record, use --output-dir");
    }
    if (outputDir != null) {
      Files.createDirectories(outputDir);
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<Path, String> written = new HashMap<>();
    Batch batch = new Batch(DebateParser.create(), jobs, root.stdin());
    DebateWriter writer = format.writer();
    try (BatchReport report =
        new BatchReport(
            spec.commandLine().getErr(), root.terminal(), "parse", inputs.size(), input.quiet)) {
      batch.run(
          inputs,
          debate -> Format.render(writer, debate),
          outcome -> {
            if (outcome.failed()) {
              report.failed(outcome.input().name(), outcome.failure());
              return;
            }
            String problem = write(outcome.input(), outcome.result(), out, written);
            if (problem != null) {
              report.failed(outcome.input().name(), problem);
            } else {
              report.parsed(outcome.input().name(), outcome.debate());
            }
          });
      return report.failures() + skipped == 0 ? 0 : 1;
    }
  }

  /** Writes the tables of all records: to their files under --output-dir, or one to stdout. */
  private int tables(List<Input> inputs, int jobs, int skipped) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Batch batch = new Batch(DebateParser.create(), jobs, root.stdin());
    List<Table> chosen = table == null ? List.of(Table.values()) : List.of(table.table());
    String problem;
    try (Tables sink =
            outputDir == null
                ? Tables.toStandardOutput(
                    format.tables().get(), chosen.get(0), spec.commandLine().getOut())
                : Tables.toFolder(format.tables().get(), chosen, outputDir, format.extension());
        BatchReport report =
            new BatchReport(err, root.terminal(), "parse", inputs.size(), input.quiet)) {
      // Rows are made on this thread, in input order: cheap beside parsing, which the pool does.
      batch.run(
          inputs,
          debate -> debate,
          outcome -> {
            if (outcome.failed()) {
              report.failed(outcome.input().name(), outcome.failure());
              return;
            }
            String failure = sink.write(outcome.debate());
            if (failure != null) {
              report.failed(outcome.input().name(), failure);
            } else {
              report.parsed(outcome.input().name(), outcome.debate());
            }
          });
      problem = sink.finish();
      if (problem == null && report.failures() + skipped == 0) {
        return 0;
      }
    }
    if (problem != null) {
      err.println("undebate: " + problem);
      err.flush();
    }
    return 1;
  }

  /** Writes one record's document; returns why it could not, or null. */
  private String write(Input record, String document, PrintWriter out, Map<Path, String> written) {
    if (outputDir == null) {
      out.write(document);
      out.flush();
      return out.checkError() ? "cannot write to standard output" : null;
    }
    Path target = outputDir.resolve(record.outputStem() + format.extension());
    String earlier = written.putIfAbsent(target, record.name());
    if (earlier != null) {
      return "not written: " + target + " already holds the output of " + earlier;
    }
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      OutputFile.write(target, w -> w.write(document));
      return null;
    } catch (IOException e) {
      String reason =
          e instanceof FileSystemException f && f.getReason() != null
              ? f.getReason()
              : e.getMessage();
      return "cannot write " + target + ": " + reason + " (any earlier file there is kept)";
    }
  }
}
