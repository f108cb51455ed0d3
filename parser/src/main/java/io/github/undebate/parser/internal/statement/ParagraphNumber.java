package io.github.undebate.parser.internal.statement;

import java.util.regex.Pattern;

/**
 * A printed paragraph number opening a line ("48.<TAB>Some people ..."): up to three digits, a full
 * stop, and a tab or a run of white space before the first word, as {@link #PATTERN} reads it at
 * the line's start. Read by hand (issue 14): a General Debate speech numbers every paragraph, and
 * the pattern tried on each of them was a share of the paragraph stage.
 */
final class ParagraphNumber {
  /** What {@link #end} reads, at the start of a line ({@code lookingAt}). */
  static final Pattern PATTERN = Pattern.compile("^(\\d{1,3})\\.(\\t|\\s+)(?=\\S)");

  private ParagraphNumber() {}

  /**
   * Where the paragraph number opening the line ends (the first word's offset), or -1 when none
   * opens it: {@code PATTERN.matcher(line).lookingAt() ? end() : -1}.
   */
  static int end(String line) {
    int n = line.length();
    int digits = 0;
    while (digits < n && isDigit(line.charAt(digits))) {
      digits++;
    }
    // more than three digits: no shorter run is followed by the full stop either
    if (digits == 0 || digits > 3 || digits >= n || line.charAt(digits) != '.') {
      return -1;
    }
    int space = digits + 1;
    int end = space;
    while (end < n && isSpace(line.charAt(end))) {
      end++;
    }
    // a tab alone, else the whole run (a shorter run leaves white space for the look-ahead); a
    // word must follow
    if (end == space || end == n) {
      return -1;
    }
    return line.charAt(space) == '\t' && !isSpace(line.charAt(space + 1)) ? space + 1 : end;
  }

  /** The number itself ({@code group(1)}), of a line that {@link #end} found one opening. */
  static int number(String line) {
    return Integer.parseInt(line, 0, line.indexOf('.'), 10);
  }

  /** A character of the pattern's {@code \d}: an ASCII digit, as the pattern has no flags. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character of the pattern's {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
