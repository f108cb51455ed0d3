package io.github.undebate.cli;

import io.github.undebate.core.Citation;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of a corpus that people otherwise compute by hand: per speaker and per country,
 * records, statements and words; per citation target, records and citations. Fed one debate at a
 * time, on one thread.
 */
final class CorpusStats {

  /** The name under which speakers or countries that the record does not name are counted. */
  static final String UNKNOWN = "(unknown)";

  /** The tables this class can print. */
  enum Table {
    /** One row per speaker (name and country). */
    speaker("speaker", "country", "records", "statements", "words"),
    /** One row per country or organisation. */
    country("country", "records", "statements", "words"),
    /** One row per citation target (such as {@code S/RES/2505 (2020)}). */
    citation("target", "type", "records", "citations");

    private final List<String> columns;

    Table(String... columns) {
      this.columns = List.of(columns);
    }

    /** The column names, in order. */
    List<String> columns() {
      return columns;
    }
  }

  /**
   * One row: the key columns as text and the counts, in the order of {@link Table#columns()}.
   *
   * @param keys the leading text columns
   * @param counts the trailing number columns
   */
  record Row(List<String> keys, List<Long> counts) {}

  private final Map<List<String>, Tally> speakers = new HashMap<>();
  private final Map<List<String>, Tally> countries = new HashMap<>();
  private final Map<List<String>, Tally> citations = new HashMap<>();
  private int records;

  /** Adds one record's statements and citations. */
  void add(Debate debate) {
    records++;
    for (Statement s : debate.statements()) {
      Speaker speaker = debate.speaker(s.speakerId()).orElse(null);
      String who = speaker == null ? UNKNOWN : who(speaker);
      String where = speaker == null ? "" : where(speaker);
      long words = 0;
      for (Paragraph p : s.paragraphs()) {
        words += words(p.text());
        for (Citation c : p.citations()) {
          tally(citations, List.of(c.target(), c.type().name().toLowerCase(java.util.Locale.ROOT)))
              .count(1, 0);
        }
      }
      tally(speakers, List.of(who, where)).count(1, words);
      tally(countries, List.of(where.isEmpty() ? UNKNOWN : where)).count(1, words);
    }
  }

  /** How many records were added. */
  int records() {
    return records;
  }

  /**
   * The rows of a table, most statements (or citations) first, then by key; the counts are records,
   * then statements and words (or citations).
   */
  List<Row> rows(Table table) {
    Map<List<String>, Tally> source =
        table == Table.speaker ? speakers : table == Table.country ? countries : citations;
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<List<String>, Tally> e : source.entrySet()) {
      Tally t = e.getValue();
      List<Long> counts =
          table == Table.citation
              ? List.of((long) t.records.size(), t.items)
              : List.of((long) t.records.size(), t.items, t.words);
      rows.add(new Row(e.getKey(), counts));
    }
    rows.sort(
        Comparator.comparing((Row r) -> r.counts().get(1), Comparator.reverseOrder())
            .thenComparing(r -> String.join("\t", r.keys())));
    return rows;
  }

  /** The number of words in a text: runs of characters between white space. */
  static long words(String text) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space =
          Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  private Tally tally(Map<List<String>, Tally> table, List<String> key) {
    Tally t = table.computeIfAbsent(key, k -> new Tally());
    t.records.add(records);
    return t;
  }

  /** The speaker as people name him: the name as printed, else the label, else unknown. */
  private static String who(Speaker s) {
    if (s.name().isPresent()) {
      return s.honorific().map(h -> h + " ").orElse("") + s.name().get();
    }
    return s.raw().isBlank() ? UNKNOWN : s.raw();
  }

  /** The State or organisation the speaker speaks for, or empty. */
  private static String where(Speaker s) {
    return s.country().or(s::organization).orElse("");
  }

  private static final class Tally {
    final Set<Integer> records = new HashSet<>();
    long items;
    long words;

    void count(long items, long words) {
      this.items += items;
      this.words += words;
    }
  }
}
