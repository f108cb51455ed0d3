package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code undebate stats}: the table adds up to what the parser finds in the same records, however
 * the parser names their speakers.
 */
class StatsCommandTest {

  @TempDir Path dir;

  @Test
  void theSpeakerTableAddsUpToEveryStatementAndWord() throws IOException {
    Path corpus = corpus();

    Cli cli = Cli.run("stats", corpus.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    List<String> lines = cli.out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("speaker\tcountry\trecords\tstatements\twords");
    long statements = 0;
    long words = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as(line).hasSize(5);
      statements += Long.parseLong(cells[3]);
      words += Long.parseLong(cells[4]);
    }
    long[] expected = totals(corpus);
    assertThat(statements).as("statements in the table").isEqualTo(expected[0]);
    assertThat(words).as("words in the table").isEqualTo(expected[1]);
    assertThat(cli.err).contains("3 files: 3 parsed, 0 failed");
  }

  @Test
  void theCitationTableCountsEachTargetAsJson() throws IOException {
    Cli cli = Cli.run("stats", "--by", "citation", "--format", "json", corpus().toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    List<List<String>> docs = Json.documents(cli.out, "target");
    assertThat(docs).as("one JSON array").hasSize(1);
    assertThat(docs.get(0))
        .as("its rows name the cited documents")
        .contains("S/2020/24", "S/2020/25");
    assertThat(cli.out)
        .containsPattern(
            "\"target\":\"S/2020/24\",\"type\":\"[a-z_]+\",\"records\":2,\"citations\":3");
  }

  @Test
  void aFailedRecordIsReportedAndLeftOut() throws IOException {
    Path corpus = corpus();
    Files.writeString(corpus.resolve("empty.txt"), "");

    Cli cli = Cli.run("stats", "--by", "country", corpus.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("empty.txt: the input has no text");
    assertThat(cli.out).startsWith("country\trecords\tstatements\twords\n");
  }

  private Path corpus() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    write(corpus.resolve("a.txt"), "Members have before them documents S/2020/24 and S/2020/25.");
    write(corpus.resolve("b.txt"), "We voted for S/2020/24.\n\nWe regret the vote on S/2020/24.");
    write(corpus.resolve("c.txt"), "A statement that cites nothing at all.");
    return corpus;
  }

  /** The statements and words the parser finds in the folder's records. */
  private static long[] totals(Path corpus) throws IOException {
    DebateParser parser = DebateParser.create();
    long statements = 0;
    long words = 0;
    try (var files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        Debate d = parser.parse(f);
        for (Statement s : d.statements()) {
          statements++;
          for (Paragraph p : s.paragraphs()) {
            words += p.text().split("\\s+").length;
          }
        }
      }
    }
    return new long[] {statements, words};
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
