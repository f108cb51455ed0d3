package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import java.util.BitSet;
import java.util.List;

/**
 * The header of a record as its field rules read it: the lines before the body, the same lines
 * joined for the rules that read across line ends, and what one rule found that the next needs
 * (where the date ends, where the President line ends, the lines a whole-line field took).
 */
final class HeaderPage {
  private final List<Line> lines;
  private final int end;
  private final BitSet taken = new BitSet();
  private String joined;
  private int dateEnd = -1;
  private int presidentEnd = -1;

  /**
   * The header of the record's lines.
   *
   * @param lines all lines of the record, page noise classified
   * @param end the index of the body's first line
   */
  HeaderPage(List<Line> lines, int end) {
    this.lines = lines;
    this.end = end;
  }

  /** All lines of the record, also those after the header (the symbol may stand in a footer). */
  List<Line> lines() {
    return lines;
  }

  /** The index of the body's first line: the header is the lines before it. */
  int end() {
    return end;
  }

  /** The compared text of line {@code i}. */
  String text(int i) {
    return lines.get(i).text();
  }

  /** Whether line {@code i} is empty or page noise: no field is printed on it. */
  boolean isGap(int i) {
    return lines.get(i).isNoise() || lines.get(i).isEmpty();
  }

  /** The first line from {@code i} within the header that is no gap, or {@link #end()}. */
  int nextPrinted(int i) {
    int j = i;
    while (j < end && isGap(j)) {
      j++;
    }
    return j;
  }

  /** The header's lines joined by line feeds (each line followed by one). */
  String joined() {
    if (joined == null) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < end; i++) {
        out.append(lines.get(i).text()).append('\n');
      }
      joined = out.toString();
    }
    return joined;
  }

  /** The header line that holds offset {@code offset} of {@link #joined()}. */
  int lineAt(int offset) {
    String text = joined();
    int line = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Notes that a whole-line field (session, "Provisional") took line {@code i}. */
  void take(int i) {
    taken.set(i);
  }

  /** Whether a whole-line field took line {@code i}: no later whole-line field reads it. */
  boolean isTaken(int i) {
    return taken.get(i);
  }

  /** The index of the date's last line, or -1 when no date was read. */
  int dateEnd() {
    return dateEnd;
  }

  void dateEnd(int line) {
    this.dateEnd = line;
  }

  /** The index of the President line's last line, or -1 when there is none. */
  int presidentEnd() {
    return presidentEnd;
  }

  void presidentEnd(int line) {
    this.presidentEnd = line;
  }
}
