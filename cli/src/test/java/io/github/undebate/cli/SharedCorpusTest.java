package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The promise, on the real corpus in {@code ../shared/corpus}: a whole folder of every kind
 * of record becomes JSON Lines, one line per file, nothing dropped. Skipped where the shared corpus
 * is not beside the clone.
 */
class SharedCorpusTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus");

  @Test
  void everyRecordOfTheCorpusBecomesOneJsonLine() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is at " + CORPUS.toAbsolutePath());
    long records;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      records =
          files
              .map(f -> f.getFileName().toString().toLowerCase(Locale.ROOT))
              .filter(n -> n.matches(".*\\.(txt|md|html|htm)"))
              .count();
    }

    // The text kinds only: three of the corpus's PDFs have no readable text layer (PdfInputTest).
    Cli cli =
        Cli.run(
            "parse",
            "--format",
            "jsonl",
            "--jobs",
            "2",
            "--extension",
            "txt,md,html,htm",
            CORPUS.toString());

    assertThat(cli.exitCode).as(cli.err).isZero();
    List<String> lines = cli.out.lines().toList();
    assertThat(lines).as("one line per record").hasSize((int) records);
    assertThat(lines).allSatisfy(l -> assertThat(Json.documents(l, "schema")).hasSize(1));
    assertThat(cli.err).contains(records + " files: " + records + " parsed, 0 failed");
  }
}
