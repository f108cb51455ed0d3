package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateTables;
import io.github.undebate.formats.DebateTables.Table;
import io.github.undebate.formats.DebateTables.TableWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the rows of a table format ({@code csv}, {@code tsv}) go during one batch: one table to
 * standard output, or each table to its own file under {@code --output-dir} ({@code
 * statements.csv}, {@code votes.csv}, {@code citations.csv}) with one header and the rows of every
 * record in input order. The files are written to hidden temporary files and renamed into place
 * when the batch ends, so a failure or an interrupt leaves the old tables (or none), never a part.
 */
final class Tables implements AutoCloseable {

  /** The tables as {@code --table} names them. */
  enum Name {
    /** One row per statement. */
    statements,
    /** One row per vote. */
    votes,
    /** One row per citation. */
    citations;

    Table table() {
      return Table.valueOf(name().toUpperCase(Locale.ROOT));
    }
  }

  private final List<TableWriter> writers = new ArrayList<>();
  private final List<OutputFile.Pending> files = new ArrayList<>();
  private final PrintWriter stdout;
  private String broken;

  private Tables(PrintWriter stdout) {
    this.stdout = stdout;
  }

  /** One table to standard output. */
  static Tables toStandardOutput(DebateTables dialect, Table table, PrintWriter out) {
    Tables t = new Tables(out);
    t.writers.add(dialect.writer(table, out));
    return t;
  }

  /** Each table to {@code <table><extension>} in {@code folder}. */
  static Tables toFolder(DebateTables dialect, List<Table> tables, Path folder, String extension)
      throws IOException {
    Tables t = new Tables(null);
    try {
      for (Table table : tables) {
        Path target = folder.resolve(table.fileName() + extension);
        OutputFile.Pending file = OutputFile.open(target);
        t.files.add(file);
        t.writers.add(dialect.writer(table, file.writer()));
      }
    } catch (IOException | RuntimeException e) {
      t.close();
      throw e;
    }
    return t;
  }

  /**
   * Writes the record's rows into every table; returns why it could not, or {@code null}. After a
   * failure to write, nothing more is written and the files are not put in place.
   */
  String write(Debate debate) {
    if (broken != null) {
      return "not written: " + broken;
    }
    try {
      for (TableWriter w : writers) {
        w.write(debate);
      }
      if (stdout != null) {
        stdout.flush();
        if (stdout.checkError()) {
          broken = "cannot write to standard output";
        }
      }
    } catch (UncheckedIOException e) {
      broken = reason(e.getCause());
    }
    return broken;
  }

  /**
   * Ends the tables: headers of empty tables written, files renamed into place. Returns why they
   * could not be, or {@code null}.
   */
  String finish() {
    if (broken != null) {
      return "tables not written: "
          + broken
          + (files.isEmpty() ? "" : " (any earlier tables are kept)");
    }
    try {
      for (TableWriter w : writers) {
        w.close();
      }
      for (OutputFile.Pending f : files) {
        f.commit();
      }
      if (stdout != null && stdout.checkError()) {
        return "cannot write to standard output";
      }
      return null;
    } catch (UncheckedIOException e) {
      return "tables not written: " + reason(e.getCause()) + " (any earlier tables are kept)";
    } catch (IOException e) {
      return "tables not written: " + reason(e) + " (any earlier tables are kept)";
    }
  }

  /** Removes the temporary files of tables not finished. */
  @Override
  public void close() {
    for (OutputFile.Pending f : files) {
      f.close();
    }
  }

  private static String reason(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getFile() + ": " + f.getReason()
        : String.valueOf(e.getMessage());
  }
}
