package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive text lines (no blank, page break or rule between them), as indices {@code
 * [from, to)} into the cleaned lines: the unit the heading rules and the speech start read.
 *
 * @param from the index of the run's first line
 * @param to the index after its last line
 */
record LineRun(int from, int to) {

  LineRun {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("a run needs 0 <= from < to, was " + from + ", " + to);
    }
  }

  /** The runs of text lines, in order. */
  static List<LineRun> of(List<Line> lines) {
    List<LineRun> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!LineKind.isText(lines.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < lines.size() && LineKind.isText(lines.get(j))) {
        j++;
      }
      out.add(new LineRun(i, j));
      i = j;
    }
    return out;
  }

  /** How many lines the run has. */
  int size() {
    return to - from;
  }

  /** The run's lines joined by single spaces. */
  String text(List<Line> lines) {
    return text(lines, from, to);
  }

  /** The text of the lines {@code [from, to)} joined by single spaces; empty lines add none. */
  static String text(List<Line> lines, int from, int to) {
    int first = from;
    // empty lines before the first text add no space; after it each line adds one
    while (first < to && lines.get(first).text().isEmpty()) {
      first++;
    }
    if (to - first == 1) {
      return lines.get(first).text(); // a run of one line is its text, as String.join gives it
    }
    // String.join makes the text in one copy: a General Debate speech is a run of thousands of
    // lines
    String[] texts = new String[Math.max(0, to - first)];
    for (int i = first; i < to; i++) {
      texts[i - first] = lines.get(i).text();
    }
    return String.join(" ", texts);
  }

  /** The first line's text. */
  String firstText(List<Line> lines) {
    return lines.get(from).text();
  }
}
