package io.github.undebate.parser.internal.statement;

import java.util.regex.Pattern;

/**
 * The words on either side of a line-end hyphen ("develop-" / "ment"), read by hand as {@link
 * #BEFORE} and {@link #AFTER} read them (issue 14): a hard-wrapped speech has many such lines, and
 * {@code find} tries its pattern at every character of the text before the hyphen.
 */
final class LineEndHyphen {
  /** The word before a line-end hyphen: what {@link #wordBefore} reads, with {@code find}. */
  static final Pattern BEFORE = Pattern.compile("([\\p{L}\\p{M}]+)-$");

  /** The word opening the next line: what {@link #wordAfter} reads, with {@code lookingAt}. */
  static final Pattern AFTER = Pattern.compile("[\\p{L}\\p{M}]+");

  private LineEndHyphen() {}

  /**
   * Where the word before the hyphen ending {@code text} starts ({@code BEFORE}'s group 1, which
   * ends at the hyphen), or -1 when no letter stands right before one: the longest run of letters
   * and marks before it, read back a code point at a time.
   */
  static int wordBefore(String text) {
    int hyphen = text.length() - 1;
    if (hyphen < 1 || text.charAt(hyphen) != '-') {
      return -1;
    }
    int start = hyphen;
    while (start > 0) {
      int c = Character.codePointBefore(text, start);
      if (!isLetterOrMark(c)) {
        break;
      }
      start -= Character.charCount(c);
    }
    return start < hyphen ? start : -1;
  }

  /** The length of the run of letters and marks opening {@code text} ({@code AFTER}), or -1. */
  static int wordAfter(String text) {
    int end = 0;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (!isLetterOrMark(c)) {
        break;
      }
      end += Character.charCount(c);
    }
    return end > 0 ? end : -1;
  }

  /** A code point of {@code [\p{L}\p{M}]}. */
  private static boolean isLetterOrMark(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
