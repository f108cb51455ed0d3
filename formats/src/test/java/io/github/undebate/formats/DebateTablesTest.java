package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateTables.Column;
import io.github.undebate.formats.DebateTables.ColumnType;
import io.github.undebate.formats.DebateTables.Table;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The tables are written by Jackson's CSV module and read back here by Apache Commons CSV, a parser
 * that shares no code with the writer: every cell must come back as the mapping gave it.
 */
class DebateTablesTest {

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().get();
  private static final CSVFormat TSV =
      CSVFormat.RFC4180.builder().setDelimiter('\t').setHeader().get();

  @Test
  void statementsOfTheSampleAsTheyShouldRead() {
    List<Map<String, String>> rows =
        read(CSV, DebateTables.csv().write(Table.STATEMENTS, sample()));

    assertThat(rows).hasSize(3);
    Map<String, String> first = rows.get(0);
    assertThat(first)
        .containsEntry("kind", "verbatim_record")
        .containsEntry("symbol", "S/PV.8700")
        .containsEntry("body", "security_council")
        .containsEntry("date", "2020-01-10")
        .containsEntry("meeting", "8700")
        .containsEntry("statement", "1")
        .containsEntry("speaker", "sp2")
        .containsEntry("speaker_name", "Nebenzia")
        .containsEntry("country", "Russian Federation")
        .containsEntry("country_code", "RU")
        .containsEntry("organization", "")
        .containsEntry("role", "representative")
        .containsEntry("language", "ru")
        .containsEntry("paragraphs", "4");
    assertThat(first.get("text"))
        .startsWith("Mr. President,\n\nThe Russian Federation should like")
        .endsWith("\n\nThank you.");
    assertThat(first.get("words")).isEqualTo(String.valueOf(words(first.get("text"))));
    assertThat(rows.get(1))
        .containsEntry("speaker", "sp3")
        .containsEntry("organization", "United Nations")
        .containsEntry("post", "Under-Secretary-General for Political and Peacebuilding Affairs");
    assertThat(rows.get(2)).containsEntry("paragraphs", "0").containsEntry("text", "");
  }

  @Test
  void votesAndCitationsOfTheSample() {
    List<Map<String, String>> votes = read(CSV, DebateTables.csv().write(Table.VOTES, sample()));
    assertThat(votes).hasSize(4);
    assertThat(votes.get(0))
        .containsEntry("source_path", "corpus/sc/S_PV.8700.txt")
        .containsEntry("source_bytes", "61440")
        .containsEntry("source_format", "text")
        .containsEntry("source_charset", "UTF-8")
        .containsEntry("undebate_version", "0.1.0")
        .containsEntry("in_favour_total", "")
        .containsEntry("vote", "1")
        .containsEntry("method", "show_of_hands")
        .containsEntry("draft", "S/2020/27")
        .containsEntry("outcome", "adopted")
        .containsEntry("resolution", "S/RES/2505 (2020)")
        .containsEntry("in_favour_listed", "2")
        .containsEntry("against_listed", "0")
        .containsEntry("abstaining_listed", "1")
        .containsEntry("in_favour", "Belgium; China")
        .containsEntry("against", "")
        .containsEntry("abstaining", "Russian Federation");
    assertThat(votes.get(1)).containsEntry("outcome", "not_adopted").containsEntry("draft", "");
    assertThat(votes.get(2))
        .containsEntry("in_favour_total", "121")
        .containsEntry("against_total", "5")
        .containsEntry("abstaining_total", "3")
        .containsEntry("in_favour_listed", "0");
    assertThat(votes.get(3))
        .containsEntry("method", "without_vote")
        .containsEntry("resolution", "A/DEC/76/423")
        .containsEntry("in_favour_total", "");

    List<Map<String, String>> citations =
        read(TSV, DebateTables.tsv().write(Table.CITATIONS, sample()));
    assertThat(citations).hasSize(2);
    assertThat(citations.get(0))
        .containsEntry("statement", "1")
        .containsEntry("paragraph", "2")
        .containsEntry("type", "document")
        .containsEntry("text", "S/2020/24")
        .containsEntry("start", "125")
        .containsEntry("end", "134")
        .containsEntry("target", "S/2020/24");
    assertThat(citations.get(1))
        .containsEntry("paragraph", "3")
        .containsEntry("type", "charter_article");
  }

  @Test
  void everyCellReadsBackFromRandomModels() {
    // Text with commas, quotes, tabs, CR, LF, NUL, U+2028 and leading spaces, in both dialects.
    for (long seed = 1; seed <= 150; seed++) {
      Debate d = new DebateGenerator(seed).next();
      for (Table table : Table.values()) {
        assertReadsBack(CSV, DebateTables.csv(), table, d, seed);
        assertReadsBack(TSV, DebateTables.tsv(), table, d, seed);
      }
    }
  }

  @Test
  void aWholeBatchIsOneHeaderThenEveryRecordsRows() {
    Debate a = sample();
    Debate b = new DebateGenerator(7).next();
    StringWriter out = new StringWriter();
    try (DebateTables.TableWriter w = DebateTables.csv().writer(Table.STATEMENTS, out)) {
      w.write(a);
      w.write(b);
    }
    List<Map<String, String>> rows = read(CSV, out.toString());
    assertThat(rows).hasSize(DebateTables.rows(Table.STATEMENTS, a).size() + b.statements().size());
    assertThat(out.toString()).startsWith("source_path,source_bytes,source_sha256,");
  }

  @Test
  void aTableWithoutRowsIsItsHeader() {
    StringWriter out = new StringWriter();
    DebateTables.tsv().writer(Table.VOTES, out).close();
    assertThat(out.toString()).endsWith("abstaining\n").doesNotContain(",");
    assertThat(out.toString().split("\t")).hasSize(Table.VOTES.columns().size());
  }

  @Test
  void columnsAreUniqueAndTypedAsTheirValues() {
    Debate d = sample();
    for (Table table : Table.values()) {
      List<Column> columns = table.columns();
      Set<String> names = new HashSet<>();
      for (Column c : columns) {
        assertThat(names.add(c.name())).as(table + " repeats " + c.name()).isTrue();
        assertThat(c.name()).matches("[a-z][a-z0-9_]*");
      }
      for (List<Object> row : DebateTables.rows(table, d)) {
        assertThat(row).hasSize(columns.size());
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          if (v != null) {
            assertThat(v).as(columns.get(i).name()).isInstanceOf(javaType(columns.get(i).type()));
          }
        }
      }
    }
  }

  @Test
  void aFailingWriterIsAnUncheckedIoException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () -> {
              try (DebateTables.TableWriter w =
                  DebateTables.csv().writer(Table.STATEMENTS, broken)) {
                w.write(sample());
              }
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  private static Class<?> javaType(ColumnType type) {
    switch (type) {
      case INT:
        return Integer.class;
      case LONG:
        return Long.class;
      case DATE:
        return LocalDate.class;
      default:
        return String.class;
    }
  }

  private static void assertReadsBack(
      CSVFormat format, DebateTables tables, Table table, Debate d, long seed) {
    String written = tables.write(table, d);
    List<List<Object>> expected = DebateTables.rows(table, d);
    List<CSVRecord> records = records(format, written);
    assertThat(records).as("seed " + seed + ", " + table).hasSize(expected.size());
    for (int r = 0; r < expected.size(); r++) {
      List<String> want = new ArrayList<>();
      for (Object v : expected.get(r)) {
        want.add(v == null ? "" : v.toString());
      }
      assertThat(records.get(r).toList())
          .as("seed " + seed + ", " + table + " row " + r)
          .isEqualTo(want);
    }
  }

  private static List<CSVRecord> records(CSVFormat format, String text) {
    try (var parser = format.parse(new StringReader(text))) {
      List<CSVRecord> out = parser.getRecords();
      assertThat(parser.getHeaderNames()).isNotEmpty();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> read(CSVFormat format, String text) {
    List<Map<String, String>> out = new ArrayList<>();
    for (CSVRecord r : records(format, text)) {
      out.add(r.toMap());
    }
    return out;
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static Debate sample() {
    return Samples.everyField();
  }
}
