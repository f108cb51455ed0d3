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
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(number++, start, text.substring(start, i)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new SourceLine(number, start, text.substring(start)));
    }
    return lines;
  }
}
