package io.github.undebate.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code undebate parse FILE...}: parses records and writes them as JSON, JSON Lines or XML. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Parses records and writes them in the chosen format: to standard output in input order, or"
          + " one file per record into --output-dir.",
      "Folders are searched recursively. Records are parsed in parallel; a record that fails is"
          + " reported with its path and reason, and the batch goes on.",
      "For a batch, a progress bar (when standard error is a terminal) and a summary go to"
          + " standard error.",
      "Each file in --output-dir is written to a temporary file beside it and renamed into place:"
          + " a failure or an interrupt leaves the old file (or none), never a part of one."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was parsed and written",
      "1:at least one record failed (missing, unreadable, empty, too large or not writable),"
          + " a folder held no record, or a symbolic link looped back to a folder above it",
      "2:the command line was wrong"
    })
final class ParseCommand implements Callable<Integer> {

  @ParentCommand UndebateCommand root;

  @Mixin InputOptions input;

  @Option(
      names = {"-o", "--output-dir"},
      paramLabel = "DIR",
      description =
          "write <file-stem>.<ext> per record into DIR (keeping the sub-folders of a folder given"
              + " as input) instead of printing to standard output")
  Path outputDir;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "the output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Input> inputs = input.inputs();
    int jobs = input.jobs();
    int skipped = input.reportSkipped(spec.commandLine().getErr());
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
              report.parsed(outcome.debate());
            }
          });
      return report.failures() + skipped == 0 ? 0 : 1;
    }
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
