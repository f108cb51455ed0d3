package io.github.undebate.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the input with its origin, so that every diagnostic and the no-text-lost check can
 * point back at the source.
 *
 * @param number the 1-based line number in the input
 * @param offset the offset of the line's first character in the input
 * @param text the line without its line terminator
 */
public record SourceLine(int number, int offset, String text) {

  /** Whether the line has no visible character. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** Splits text into lines at {@code \n}, {@code \r\n} and {@code \r}. */
  public static List<SourceLine> split(String text) {
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    int n = text.length();
    // indexOf finds the line ends much faster than a loop over every character.
    int lf = text.indexOf('\n');
    int cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      lines.add(new SourceLine(number++, start, text.substring(start, i)));
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
    }
    if (start < n) {
      lines.add(new SourceLine(number, start, text.substring(start)));
    }
    return lines;
  }
}
