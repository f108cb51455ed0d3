package io.github.undebate.parser.internal.common;

import io.github.undebate.parser.internal.text.PhraseList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parser's data tables, every one of them: UTF-8 text, one row a line, cells separated by
 * tabs and stripped, lines starting with {@code #} and blank lines skipped, a byte order mark
 * ignored. A row with the wrong number of cells or an empty cell fails at once with a message
 * naming the file and line, so a bad table breaks the build (every table is loaded by some test)
 * rather than a parse.
 */
public final class ResourceTable {
  private ResourceTable() {}

  /**
   * One row of a table, with where it came from for error messages.
   *
   * @param file the table's resource path
   * @param line the 1-based line the row stands on
   * @param cells the row's cells, stripped, none empty
   */
  public record Row(String file, int line, List<String> cells) {
    /** Copies the cells. */
    public Row {
      cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, stripped. */
    public String cell(int index) {
      return cells.get(index);
    }

    /** How many cells the row has. */
    public int size() {
      return cells.size();
    }

    /** An exception naming this row's file and line, for a cell the caller found wrong. */
    public IllegalStateException malformed(String why) {
      return new IllegalStateException(file + " line " + line + ": " + why);
    }
  }

  /**
   * Reads a table whose rows have {@code minColumns} to {@code maxColumns} tab-separated cells.
   *
   * @param owner a class in the package the table lies in
   * @param file the resource name, relative to that package
   * @throws IllegalStateException when the table is missing or a row is malformed
   */
  public static List<Row> read(Class<?> owner, String file, int minColumns, int maxColumns) {
    String path = owner.getPackageName().replace('.', '/') + "/" + file;
    InputStream in = owner.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("data table " + path + " is missing from the classpath");
    }
    String text;
    try (in) {
      // decoded in one piece and cut into lines here: a Reader decodes character by character
      // in code the JVM has not compiled yet at start-up, several times slower
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table " + path, e);
    }
    List<Row> rows = new ArrayList<>();
    int number = 0;
    int from = text.startsWith("\uFEFF") ? 1 : 0;
    // a line ends at \n, \r or \r\n, as BufferedReader.readLine reads it
    boolean returns = text.indexOf('\r') >= 0;
    while (from < text.length()) {
      number++;
      int end = returns ? from : text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      while (returns
          && end < text.length()
          && text.charAt(end) != '\n'
          && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(from, end);
      from = end + (text.startsWith("\r\n", end) ? 2 : 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows.add(row(path, number, line, minColumns, maxColumns));
    }
    return List.copyOf(rows);
  }

  private static Row row(String path, int number, String line, int minColumns, int maxColumns) {
    String[] cells = line.split("\t", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    // an immutable list, which the row keeps without copying it again
    Row row = new Row(path, number, List.of(cells));
    if (cells.length < minColumns || cells.length > maxColumns) {
      throw row.malformed(
          "expected "
              + (minColumns == maxColumns
                  ? String.valueOf(minColumns)
                  : minColumns + " to " + maxColumns)
              + " tab-separated columns, found "
              + cells.length);
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].isEmpty()) {
        throw row.malformed("column " + (i + 1) + " is empty (write - for none)");
      }
    }
    return row;
  }

  /**
   * The entries of a one-column table (a list of phrases), in file order.
   *
   * @param owner a class in the package the table lies in
   * @param file the resource name, relative to that package
   */
  public static List<String> phrases(Class<?> owner, String file) {
    List<String> out = new ArrayList<>();
    for (Row row : read(owner, file, 1, 1)) {
      out.add(row.cell(0));
    }
    return List.copyOf(out);
  }

  /** The entries of a one-column table lower-cased (root locale), in file order. */
  public static List<String> lowerCasePhrases(Class<?> owner, String file) {
    return PhraseList.lowerCase(phrases(owner, file));
  }

  /** A one-column table as a {@link PhraseList}, its entries lower-cased, in file order. */
  public static PhraseList phraseList(Class<?> owner, String file) {
    return PhraseList.of(lowerCasePhrases(owner, file));
  }

  /**
   * Whether {@code cell} is a code of {@code minLength} to {@code maxLength} ASCII letters, all
   * small ({@code lowerCase}) or all capitals: an ISO code. Checked without a regular expression,
   * which would be compiled for every row of a table read at start-up.
   */
  public static boolean isCode(String cell, boolean lowerCase, int minLength, int maxLength) {
    if (cell.length() < minLength || cell.length() > maxLength) {
      return false;
    }
    char first = lowerCase ? 'a' : 'A';
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < first || c > first + 25) {
        return false;
      }
    }
    return true;
  }

  /** Splits a cell of {@code |}-separated names; {@code -} means none. */
  public static List<String> names(String cell) {
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
