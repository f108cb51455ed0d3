package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold start loads (issue 14): each class costs a start time, so a command loads only what
 * it uses. Jackson's data binding alone once cost a cold parse about 50 ms of CPU, and every
 * format's writer was made even for {@code --version}. The classes are those the JVM logs as it
 * loads them ({@code -Xlog:class+load}), in a child JVM running the packaged command.
 */
class StartupIT {
  private static final Path SEED =
      Path.of("../examples/src/main/resources/io/github/undebate/examples")
          .resolve("belarus-csto-statement.txt")
          .toAbsolutePath();

  @TempDir Path dir;

  @Test
  void versionLoadsNeitherDataBindingNorTheParser() throws Exception {
    List<String> classes = classesLoadedBy("--version");

    assertThat(classes).anyMatch(c -> c.startsWith("picocli."));
    assertThat(classes)
        .noneMatch(c -> c.startsWith("tools.jackson.databind."))
        .noneMatch(c -> c.startsWith("io.github.undebate.parser.internal."))
        .noneMatch(c -> c.startsWith("io.github.undebate.formats.internal."))
        .noneMatch(c -> c.startsWith("org.apache.pdfbox."));
  }

  @Test
  void parsingTextToJsonLoadsNoDataBindingNoOtherFormatAndNoPdfReader() throws Exception {
    List<String> classes = classesLoadedBy("parse '" + SEED + "'");

    assertThat(classes)
        .contains("io.github.undebate.formats.internal.JsonWriting")
        .anyMatch(c -> c.startsWith("tools.jackson.core."))
        .noneMatch(c -> c.startsWith("tools.jackson.databind."))
        .noneMatch(c -> c.startsWith("org.apache.pdfbox."))
        .noneMatch(c -> c.startsWith("io.github.undebate.formats.internal.Xml"))
        .noneMatch(c -> c.startsWith("io.github.undebate.formats.internal.Akn"));
  }

  @Test
  void parsingToXmlLoadsNoDataBinding() throws Exception {
    List<String> classes = classesLoadedBy("parse --format xml '" + SEED + "'");

    assertThat(classes)
        .contains("io.github.undebate.formats.internal.XmlWriting")
        .noneMatch(c -> c.startsWith("tools.jackson.databind."));
  }

  /** The classes the command loads, by name, in the order it loads them. */
  private List<String> classesLoadedBy(String arguments) throws Exception {
    Path log = dir.resolve("classes.log");
    Shell shell =
        Shell.run(
            "sh",
            dir,
            "$UNDEBATE " + arguments,
            Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log));

    assertThat(shell.exitCode).as(shell.toString()).isZero();
    return Files.readAllLines(log).stream()
        .map(line -> line.replaceFirst("^.*\\[class,load\\] (\\S+) source: .*$", "$1"))
        .toList();
  }
}
