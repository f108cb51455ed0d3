package io.github.undebate.formats.internal;

import io.github.undebate.core.Citation;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Source;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Turn;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteTotals;
import io.github.undebate.formats.DebateTables.Column;
import io.github.undebate.formats.DebateTables.ColumnType;
import io.github.undebate.formats.DebateTables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The model as three tables, declared once: each column's name, type, description and how to take
 * its value from one row's place in the model. The CSV writer, the Spark job and the column
 * documentation all read these declarations.
 */
public final class TableColumns {
  private TableColumns() {}

  /** Where one row of a table sits in the model; each table reads the fields it needs. */
  private record At(
      Debate debate,
      int statement,
      Turn turn,
      int paragraph,
      Paragraph text,
      Citation citation,
      int vote,
      Vote decision) {}

  /** A column and how to take its value from a row's place. */
  private record Declared(Column column, Function<At, Object> value) {}

  private static Declared col(
      String name, ColumnType type, String description, Function<At, Object> value) {
    return new Declared(new Column(name, type, description), value);
  }

  /** The columns every table starts with: which record the row comes from. */
  private static final List<Declared> RECORD =
      List.of(
          col(
              "source_path",
              ColumnType.STRING,
              "the record's path as given to the parser",
              a -> source(a, s -> s.path().orElse(null))),
          col(
              "source_bytes",
              ColumnType.LONG,
              "the record's length in bytes",
              a -> source(a, Source::length)),
          col(
              "source_sha256",
              ColumnType.STRING,
              "SHA-256 of the record's bytes, hex",
              a -> source(a, Source::sha256)),
          col(
              "source_format",
              ColumnType.STRING,
              "the format read: text, html or pdf",
              a -> source(a, s -> JsonWriting.name(s.format()))),
          col(
              "source_charset",
              ColumnType.STRING,
              "the charset the bytes were read in",
              a -> source(a, s -> s.charset().orElse(null))),
          col(
              "undebate_version",
              ColumnType.STRING,
              "the undebate version that read it",
              a -> source(a, Source::undebateVersion)),
          col(
              "kind",
              ColumnType.STRING,
              "verbatim_record, statement, press_release or other",
              a -> JsonWriting.name(a.debate.kind())),
          col(
              "symbol",
              ColumnType.STRING,
              "the record's UN symbol (S/PV.8700)",
              a -> a.debate.symbol().orElse(null)),
          col(
              "body",
              ColumnType.STRING,
              "the organ: security_council, general_assembly, ...",
              a -> a.debate.body().map(JsonWriting::name).orElse(null)),
          col(
              "date",
              ColumnType.DATE,
              "the date of the meeting or statement, ISO 8601",
              a -> a.debate.date().orElse(null)),
          col(
              "meeting",
              ColumnType.INT,
              "the meeting's number (8700)",
              a -> number(a.debate.meetingNumber())));

  private static final List<Declared> STATEMENTS =
      List.of(
          col(
              "statement",
              ColumnType.INT,
              "the statement's number in its record, from 1",
              a -> a.statement),
          col(
              "speaker",
              ColumnType.STRING,
              "the speaker's id in its record (sp1)",
              a -> a.turn.speaker().id()),
          col(
              "speaker_name",
              ColumnType.STRING,
              "the speaker's name as printed, no honorific",
              a -> speaker(a, Speaker::name)),
          col(
              "honorific",
              ColumnType.STRING,
              "Mr., Ms., Ambassador, ...",
              a -> speaker(a, Speaker::honorific)),
          col(
              "country",
              ColumnType.STRING,
              "the UN short name of the State represented",
              a -> speaker(a, Speaker::country)),
          col(
              "country_code",
              ColumnType.STRING,
              "its ISO 3166-1 alpha-2 code",
              a -> speaker(a, Speaker::countryCode)),
          col(
              "organization",
              ColumnType.STRING,
              "the organisation of a speaker who is no State's",
              a -> speaker(a, Speaker::organization)),
          col(
              "role",
              ColumnType.STRING,
              "president, representative, secretariat, guest, unknown",
              a -> JsonWriting.name(a.turn.speaker().role())),
          col(
              "post",
              ColumnType.STRING,
              "the speaker's job title, when printed",
              a -> speaker(a, Speaker::post)),
          col(
              "language",
              ColumnType.STRING,
              "ISO 639-1 code of the language spoken, when known",
              a -> a.turn.language().orElse(null)),
          col("paragraphs", ColumnType.INT, "how many paragraphs", a -> a.turn.paragraphs().size()),
          col(
              "words",
              ColumnType.INT,
              "how many words (runs of non-space characters)",
              a -> words(a.turn)),
          col(
              "text",
              ColumnType.STRING,
              "the paragraphs, separated by an empty line",
              a -> text(a.turn)));

  private static final List<Declared> VOTES =
      List.of(
          col("vote", ColumnType.INT, "the vote's number in its record, from 1", a -> a.vote),
          col(
              "method",
              ColumnType.STRING,
              "show_of_hands, recorded, roll_call, secret_ballot, other, without_vote",
              a -> JsonWriting.name(a.decision.method())),
          col(
              "draft",
              ColumnType.STRING,
              "the symbol of the draft voted on",
              a -> a.decision.draft().orElse(null)),
          col(
              "outcome",
              ColumnType.STRING,
              "adopted or not_adopted",
              a -> JsonWriting.name(a.decision.outcome())),
          col(
              "resolution",
              ColumnType.STRING,
              "the resolution the adoption made, when stated",
              a -> a.decision.resolution().orElse(null)),
          col(
              "in_favour_listed",
              ColumnType.INT,
              "how many States the record lists in favour",
              a -> a.decision.inFavour().size()),
          col(
              "against_listed",
              ColumnType.INT,
              "how many it lists against",
              a -> a.decision.against().size()),
          col(
              "abstaining_listed",
              ColumnType.INT,
              "how many it lists abstaining",
              a -> a.decision.abstaining().size()),
          // The printed totals wait for the model's vote totals (issue 19); until then empty.
          col(
              "in_favour_total",
              ColumnType.INT,
              "the total in favour as printed",
              a -> a.decision.totals().map(VoteTotals::inFavour).orElse(null)),
          col(
              "against_total",
              ColumnType.INT,
              "the total against as printed",
              a -> a.decision.totals().map(VoteTotals::against).orElse(null)),
          col(
              "abstaining_total",
              ColumnType.INT,
              "the total abstaining as printed",
              a -> a.decision.totals().map(VoteTotals::abstaining).orElse(null)),
          col(
              "in_favour",
              ColumnType.STRING,
              "the States in favour, separated by \"; \"",
              a -> names(a.decision.inFavour())),
          col(
              "against",
              ColumnType.STRING,
              "the States against, separated by \"; \"",
              a -> names(a.decision.against())),
          col(
              "abstaining",
              ColumnType.STRING,
              "the States abstaining, separated by \"; \"",
              a -> names(a.decision.abstaining())));

  private static final List<Declared> CITATIONS =
      List.of(
          col(
              "statement",
              ColumnType.INT,
              "the number of the statement that cites, from 1",
              a -> a.statement),
          col(
              "paragraph",
              ColumnType.INT,
              "the paragraph's number in the statement, from 1",
              a -> a.paragraph),
          col(
              "type",
              ColumnType.STRING,
              "resolution, document, charter_article, charter_chapter, rule, instrument, meeting",
              a -> JsonWriting.name(a.citation.type())),
          col("text", ColumnType.STRING, "the citation as printed", a -> a.citation.text()),
          col(
              "start",
              ColumnType.INT,
              "its first character's offset in the paragraph, from 0",
              a -> a.citation.start()),
          col(
              "end",
              ColumnType.INT,
              "the offset just past its last character",
              a -> a.citation.end()),
          col(
              "target",
              ColumnType.STRING,
              "the normalised reference (S/RES/2505 (2020))",
              a -> a.citation.target()));

  private static List<Declared> declared(Table table) {
    List<Declared> own =
        table == Table.STATEMENTS ? STATEMENTS : table == Table.VOTES ? VOTES : CITATIONS;
    List<Declared> all = new ArrayList<>(RECORD);
    all.addAll(own);
    return all;
  }

  /** The table's columns in order: the record's first, then the table's own. */
  public static List<Column> columns(Table table) {
    List<Column> out = new ArrayList<>();
    for (Declared d : declared(table)) {
      out.add(d.column);
    }
    return List.copyOf(out);
  }

  /**
   * The debate's rows of the table, in document order, each as many values as there are columns: a
   * {@code String}, {@code Integer}, {@code Long}, {@code java.time.LocalDate} or {@code null}.
   */
  public static List<List<Object>> rows(Table table, Debate debate) {
    List<Declared> columns = declared(table);
    List<List<Object>> rows = new ArrayList<>();
    for (At at : places(table, debate)) {
      List<Object> row = new ArrayList<>(columns.size());
      for (Declared d : columns) {
        row.add(d.value.apply(at));
      }
      rows.add(java.util.Collections.unmodifiableList(row));
    }
    return List.copyOf(rows);
  }

  private static List<At> places(Table table, Debate debate) {
    List<At> out = new ArrayList<>();
    if (table == Table.VOTES) {
      int n = 0;
      for (Proceeding p : debate.proceedings()) {
        Optional<Vote> v = p.asVote();
        if (v.isPresent()) {
          out.add(new At(debate, 0, null, 0, null, null, ++n, v.get()));
        }
      }
      return out;
    }
    int s = 0;
    for (Turn turn : debate.turns()) {
      s++;
      if (table == Table.STATEMENTS) {
        out.add(new At(debate, s, turn, 0, null, null, 0, null));
        continue;
      }
      int p = 0;
      for (Paragraph paragraph : turn.paragraphs()) {
        p++;
        for (Citation c : paragraph.citations()) {
          out.add(new At(debate, s, turn, p, paragraph, c, 0, null));
        }
      }
    }
    return out;
  }

  private static Object number(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : null;
  }

  /** A source field, or absent for a record parsed from a string, which has no source. */
  private static Object source(At a, Function<Source, Object> field) {
    return a.debate.source().map(field).orElse(null);
  }

  private static Object speaker(At a, Function<Speaker, Optional<String>> field) {
    return field.apply(a.turn.speaker()).orElse(null);
  }

  private static String names(List<String> names) {
    return String.join("; ", names);
  }

  private static String text(Turn turn) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : turn.paragraphs()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(p.text());
    }
    return sb.toString();
  }

  /** Runs of characters that are neither whitespace nor space, as {@code undebate stats} counts. */
  static int words(Turn turn) {
    int n = 0;
    for (Paragraph p : turn.paragraphs()) {
      boolean inWord = false;
      String text = p.text();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
        if (!space && !inWord) {
          n++;
        }
        inWord = !space;
      }
    }
    return n;
  }
}
