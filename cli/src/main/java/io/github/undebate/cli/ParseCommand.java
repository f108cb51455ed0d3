package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code undebate parse FILE...}: parses records and writes them as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Parses records and prints them as JSON (one document per file).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was parsed",
      "1:at least one file failed (missing, unreadable or empty)",
      "2:the command line was wrong"
    })
final class ParseCommand implements Callable<Integer> {

  /** The formats this command writes. */
  enum Format {
    json
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the records to parse")
  List<Path> files;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "write <file-stem>.json per input into DIR instead of printing to stdout")
  Path outputDir;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "the output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DebateParser parser = DebateParser.create();
    DebateJson json = DebateJson.create();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (outputDir != null) {
      Files.createDirectories(outputDir);
    }
    int failures = 0;
    for (Path file : files) {
      try {
        Debate debate = parser.parse(file);
        String problem = fatalProblem(debate);
        if (problem != null) {
          err.println("undebate: " + file + ": " + problem);
          failures++;
          continue;
        }
        if (outputDir == null) {
          json.write(debate, out);
          out.println();
          out.flush();
        } else {
          Path target = outputDir.resolve(stem(file) + ".json");
          try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            json.write(debate, w);
            w.write('\n');
          }
        }
      } catch (NoSuchFileException e) {
        err.println("undebate: " + file + ": no such file");
        failures++;
      } catch (IOException e) {
        err.println("undebate: " + file + ": cannot read: " + e.getMessage());
        failures++;
      } catch (DebateParseException e) {
        err.println("undebate: " + file + ": " + e.getMessage());
        failures++;
      }
    }
    err.flush();
    return failures == 0 ? 0 : 1;
  }

  /** The message of an error that leaves nothing worth writing, or null. */
  private static String fatalProblem(Debate debate) {
    for (Diagnostic d : debate.diagnostics()) {
      if (d.severity() == Severity.ERROR && d.code().startsWith("input.")) {
        return d.message();
      }
    }
    return null;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
