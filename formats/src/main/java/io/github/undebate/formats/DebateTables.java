package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.TableColumns;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The model as three tables for R, pandas or a spreadsheet: {@link Table#STATEMENTS} (one row per
 * statement), {@link Table#VOTES} (one row per vote) and {@link Table#CITATIONS} (one row per
 * citation). Every table starts with the same columns that say which record a row comes from, so a
 * whole corpus fits in three files and any two tables join on {@code source_path} (and {@code
 * statement}). The columns are listed in {@code docs/tables.md} and by {@link Table#columns()}.
 *
 * <pre>{@code
 * DebateTables csv = DebateTables.csv();
 * try (DebateTables.TableWriter statements = csv.writer(Table.STATEMENTS, out)) {
 *   for (Debate debate : debates) {
 *     statements.write(debate);          // the header once, with the first row
 *   }
 * }
 * List<List<Object>> rows = DebateTables.rows(Table.VOTES, debate);   // for other sinks
 * }</pre>
 *
 * <p>CSV is written by Jackson's CSV module (RFC 4180 quoting, only where a value needs it; a line
 * feed ends each row); an absent value is an empty cell. TSV is the same with a tab between columns
 * (a value holding a tab, a line break or a quote is quoted). Immutable and thread-safe; a {@link
 * TableWriter} is for one thread.
 */
public final class DebateTables {

  /** The three tables. */
  public enum Table {
    /** One row per statement: who spoke, for whom, in which language, how much, and the text. */
    STATEMENTS,
    /** One row per vote: the draft, the method, the outcome, the counts and the States listed. */
    VOTES,
    /** One row per citation: the statement and paragraph it is in, its offsets and its target. */
    CITATIONS;

    /** The table's name in lower case, as files and {@code --table} name it: {@code votes}. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The table's columns, in order: the record's columns first, then the table's own. */
    public List<Column> columns() {
      return TableColumns.columns(this);
    }
  }

  /** What kind of value a column holds; each cell is that or absent. */
  public enum ColumnType {
    /** Text; {@code java.lang.String}. */
    STRING,
    /** A whole number that fits 32 bits; {@code java.lang.Integer}. */
    INT,
    /** A whole number that may need 64 bits; {@code java.lang.Long}. */
    LONG,
    /** A date, written {@code 2020-01-10}; {@code java.time.LocalDate}. */
    DATE
  }

  /**
   * One column of a table.
   *
   * @param name the header, lower_snake_case
   * @param type the kind of value
   * @param description what it holds, one line
   */
  public record Column(String name, ColumnType type, String description) {
    /** Checks that no field is null. */
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }
  }

  /** Made on first use: a caller of {@link #rows} alone (a Spark job) never loads Jackson. */
  private static final class Csv {
    static final CsvMapper MAPPER =
        CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            // Some readers trim unquoted cells; a quoted one keeps its spaces everywhere.
            .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  private final char separator;

  private DebateTables(char separator) {
    this.separator = separator;
  }

  /** Comma-separated values, the extension {@code .csv}. */
  public static DebateTables csv() {
    return new DebateTables(',');
  }

  /** Tab-separated values, the extension {@code .tsv}. */
  public static DebateTables tsv() {
    return new DebateTables('\t');
  }

  /** The character between columns: a comma or a tab. */
  public char separator() {
    return separator;
  }

  /**
   * The debate's rows of the table in document order, each holding one value per column of {@link
   * Table#columns()}: a {@code String}, {@code Integer}, {@code Long}, {@code LocalDate} or {@code
   * null} for an absent value. This is the mapping the writers use, for other sinks (Spark, a
   * database).
   */
  public static List<List<Object>> rows(Table table, Debate debate) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(debate, "debate");
    return TableColumns.rows(table, debate);
  }

  /**
   * A writer of one table to {@code out}, which gets the header at once and the rows of each debate
   * passed to {@link TableWriter#write(Debate)}; closing the table writer flushes {@code out} but
   * does not close it.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public TableWriter writer(Table table, Writer out) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    return new TableWriter(table, out, schema(table));
  }

  /** The table's header and the debate's rows. */
  public String write(Table table, Debate debate) {
    StringWriter out = new StringWriter();
    try (TableWriter w = writer(table, out)) {
      w.write(debate);
    }
    return out.toString();
  }

  private CsvSchema schema(Table table) {
    CsvSchema.Builder b = CsvSchema.builder();
    for (Column c : table.columns()) {
      b.addColumn(
          c.name(),
          c.type() == ColumnType.INT || c.type() == ColumnType.LONG
              ? CsvSchema.ColumnType.NUMBER
              : CsvSchema.ColumnType.STRING);
    }
    return b.setUseHeader(true).setColumnSeparator(separator).setLineSeparator('\n').build();
  }

  /** Writes the rows of one table, debate after debate; for one thread at a time. */
  public static final class TableWriter implements Closeable, Flushable {
    private final Table table;
    private final Writer out;
    private final SequenceWriter rows;

    private TableWriter(Table table, Writer out, CsvSchema schema) {
      this.table = table;
      this.out = out;
      try {
        this.rows = Csv.MAPPER.writer(schema).writeValues(out);
      } catch (JacksonException e) {
        throw unchecked(e);
      }
    }

    /** Writes the debate's rows of this writer's table. */
    public void write(Debate debate) {
      Objects.requireNonNull(debate, "debate");
      try {
        for (List<Object> row : TableColumns.rows(table, debate)) {
          Object[] cells = row.toArray();
          for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof LocalDate d) {
              cells[i] = d.toString();
            }
          }
          rows.write(cells);
        }
      } catch (JacksonException e) {
        throw unchecked(e);
      }
    }

    /** Flushes the rows written so far to the underlying writer and flushes that. */
    @Override
    public void flush() {
      try {
        rows.flush();
        out.flush();
      } catch (JacksonException e) {
        throw unchecked(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Flushes; the underlying writer stays open. */
    @Override
    public void close() {
      try {
        rows.close();
        out.flush();
      } catch (JacksonException e) {
        throw unchecked(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static RuntimeException unchecked(JacksonException e) {
    return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
  }
}
