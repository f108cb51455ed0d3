package io.github.undebate.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into {@link Line}s at its line breaks ({@link Line#split}). */
final class LineSplit {
  private LineSplit() {}

  /** At least as many lines as {@link #split} cuts: a list that need not grow. */
  private static int lineCount(String text, int from) {
    int breaks = 1;
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      breaks++;
    }
    for (int i = text.indexOf('\r', from); i >= 0; i = text.indexOf('\r', i + 1)) {
      breaks++;
    }
    return breaks;
  }

  /** {@link Line#split(String, int)}. */
  static List<Line> split(String text, int from) {
    List<Line> lines = new ArrayList<>(lineCount(text, from));
    int start = from;
    int number = 1;
    int n = text.length();
    // indexOf finds the line ends and page breaks much faster than a loop over every character.
    int lf = text.indexOf('\n', from);
    int cr = text.indexOf('\r', from);
    int ff = text.indexOf('\f', from);
    while (lf >= 0 || cr >= 0) {
      int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      lines.add(Line.cut(number++, start - from, text, start, i, ff >= start && ff < i));
      start = i + 1;
      if (text.charAt(i) == '\r' && start < n && text.charAt(start) == '\n') {
        start++;
      }
      if (lf >= 0 && lf < start) {
        lf = text.indexOf('\n', start);
      }
      if (cr >= 0 && cr < start) {
        cr = text.indexOf('\r', start);
      }
      if (ff >= 0 && ff < start) {
        ff = text.indexOf('\f', start);
      }
    }
    if (start < n) {
      lines.add(Line.cut(number, start - from, text, start, n, ff >= start));
    }
    return lines;
  }
}
