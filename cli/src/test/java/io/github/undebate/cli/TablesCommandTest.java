package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateTables;
import io.github.undebate.formats.DebateTables.Column;
import io.github.undebate.formats.DebateTables.Table;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse --format csv|tsv} on real records (the seed statement and a Security Council
 * verbatim record of this repository's fixtures), the tables read back by Apache Commons CSV.
 */
class TablesCommandTest {
  private static final Path SEED =
      Path.of(
          "../examples/src/main/resources/io/github/undebate/examples/belarus-csto-statement.txt");
  private static final Path VERBATIM =
      Path.of("../parser/src/test/resources/corpus/pv/S_PV_1997_document_3756.txt");

  @TempDir Path dir;

  @Test
  void aBatchBecomesThreeTablesWithEveryRecordsRowsInInputOrder() throws IOException {
    Path out = dir.resolve("tables");
    Cli cli =
        Cli.run(
            "parse",
            "--format",
            "csv",
            "-q",
            "-o",
            out.toString(),
            SEED.toString(),
            VERBATIM.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("statements.csv", "votes.csv", "citations.csv");
    }
    DebateParser parser = DebateParser.create();
    List<Debate> records = List.of(parser.parse(SEED), parser.parse(VERBATIM));
    for (Table table : Table.values()) {
      CSVParser csv =
          parse(CSVFormat.RFC4180, Files.readString(out.resolve(table.fileName() + ".csv")));
      assertThat(csv.getHeaderNames()).isEqualTo(names(table));
      List<List<String>> expected = new ArrayList<>();
      for (Debate d : records) {
        expected.addAll(cells(table, d));
      }
      assertThat(rows(csv)).as(table.fileName()).isEqualTo(expected);
    }
    // What the tables hold, in numbers: 1 + 20 statements, the one vote of S/PV.3756.
    List<CSVRecord> statements =
        parse(CSVFormat.RFC4180, Files.readString(out.resolve("statements.csv"))).getRecords();
    assertThat(statements).hasSize(1 + records.get(1).statements().size());
    assertThat(statements.get(0).get("country")).isEqualTo("Belarus");
    assertThat(statements.get(0).get("speaker_name")).isEqualTo("Valentin Rybakov");
    assertThat(statements.get(1).get("symbol")).isEqualTo("S/PV.3756");
    assertThat(statements.get(1).get("body")).isEqualTo("security_council");
    List<CSVRecord> votes =
        parse(CSVFormat.RFC4180, Files.readString(out.resolve("votes.csv"))).getRecords();
    assertThat(votes).hasSize(1);
    assertThat(votes.get(0).get("date")).isEqualTo("1997-03-21");
  }

  @Test
  void standardOutputTakesOneTableChosenWithTable() throws IOException {
    Cli none = Cli.run("parse", "--format", "tsv", VERBATIM.toString());
    assertThat(none.exitCode).isEqualTo(2);
    assertThat(none.err).contains("--output-dir DIR for all three, or --table to print one");

    Cli votes = Cli.run("parse", "--format", "tsv", "--table", "votes", VERBATIM.toString());
    assertThat(votes.exitCode).as(votes.toString()).isZero();
    CSVParser tsv = parse(CSVFormat.RFC4180.builder().setDelimiter('\t').get(), votes.out);
    assertThat(tsv.getHeaderNames()).isEqualTo(names(Table.VOTES));
    assertThat(rows(tsv)).isEqualTo(cells(Table.VOTES, DebateParser.create().parse(VERBATIM)));
  }

  @Test
  void tableGoesOnlyWithATableFormat() {
    Cli cli = Cli.run("parse", "--format", "json", "--table", "votes", SEED.toString());
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("--table goes with --format csv or tsv, not json");
  }

  @Test
  void aRecordThatFailsIsReportedAndTheOthersRowsAreWritten() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path out = dir.resolve("tables");
    Cli cli =
        Cli.run(
            "parse",
            "--format",
            "csv",
            "--table",
            "statements",
            "-q",
            "-o",
            out.toString(),
            empty.toString(),
            SEED.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("empty.txt");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("statements.csv");
    }
    assertThat(
            parse(CSVFormat.RFC4180, Files.readString(out.resolve("statements.csv"))).getRecords())
        .hasSize(1);
  }

  @Test
  void htmlIsOnePagePerRecord() throws IOException {
    Path out = dir.resolve("pages");
    Cli cli =
        Cli.run(
            "parse",
            "--format",
            "html",
            "-q",
            "-o",
            out.toString(),
            SEED.toString(),
            VERBATIM.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(Files.readString(out.resolve("belarus-csto-statement.html")))
        .startsWith("<!doctype html>")
        .contains("<a href=\"#sp1\">Ambassador Valentin Rybakov</a>");
    assertThat(Files.readString(out.resolve("S_PV_1997_document_3756.html")))
        .contains("<table class=\"vote\">");

    Cli two = Cli.run("parse", "--format", "html", SEED.toString(), VERBATIM.toString());
    assertThat(two.exitCode).isEqualTo(2);
  }

  private static List<String> names(Table table) {
    List<String> out = new ArrayList<>();
    for (Column c : table.columns()) {
      out.add(c.name());
    }
    return out;
  }

  private static List<List<String>> cells(Table table, Debate d) {
    List<List<String>> out = new ArrayList<>();
    for (List<Object> row : DebateTables.rows(table, d)) {
      List<String> cells = new ArrayList<>();
      for (Object v : row) {
        cells.add(v == null ? "" : v.toString());
      }
      out.add(cells);
    }
    return out;
  }

  private static CSVParser parse(CSVFormat format, String text) {
    try {
      return format.builder().setHeader().get().parse(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> rows(CSVParser parser) {
    List<List<String>> out = new ArrayList<>();
    for (CSVRecord r : parser) {
      out.add(r.toList());
    }
    return out;
  }
}
