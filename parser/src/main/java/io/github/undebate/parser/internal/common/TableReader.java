package io.github.undebate.parser.internal.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the vocabulary tables of this package: UTF-8 text, one row a line, cells separated by tabs,
 * lines starting with {@code #} and blank lines skipped. A malformed row fails at once with a
 * message naming the file and line, so a bad table breaks the build rather than a parse.
 */
final class TableReader {
  private TableReader() {}

  /** One row of a table, with where it came from for error messages. */
  record Row(String file, int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, trimmed. */
    String cell(int index) {
      return cells.get(index);
    }

    /** An exception naming this row, for a cell the caller found wrong. */
    IllegalStateException malformed(String why) {
      return new IllegalStateException(file + " line " + line + ": " + why);
    }
  }

  /**
   * Reads a table whose rows have {@code minColumns} to {@code maxColumns} tab-separated cells.
   *
   * @param file the resource name, relative to this package
   */
  static List<Row> read(String file, int minColumns, int maxColumns) {
    InputStream in = TableReader.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException(
          "vocabulary table " + file + " is missing from the classpath");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] split = line.split("\t", -1);
        List<String> cells = new ArrayList<>(split.length);
        for (String cell : split) {
          cells.add(cell.strip());
        }
        Row row = new Row(file, number, cells);
        if (cells.size() < minColumns || cells.size() > maxColumns) {
          throw row.malformed(
              "expected "
                  + (minColumns == maxColumns
                      ? String.valueOf(minColumns)
                      : minColumns + " to " + maxColumns)
                  + " tab-separated columns, found "
                  + cells.size());
        }
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i).isEmpty()) {
            throw row.malformed("column " + (i + 1) + " is empty (write - for none)");
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary table " + file, e);
    }
    return List.copyOf(rows);
  }

  /** Splits a cell of {@code |}-separated names; {@code -} means none. */
  static List<String> names(String cell) {
    if (cell.equals("-")) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : cell.split("\\|", -1)) {
      String stripped = name.strip();
      if (!stripped.isEmpty()) {
        names.add(stripped);
      }
    }
    return List.copyOf(names);
  }
}
