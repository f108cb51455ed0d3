package io.github.undebate.parser.internal.text;

/**
 * White space as both readers see it. Folds runs of ASCII whitespace into one space, as {@code
 * replaceAll("\\s+", " ")} does, without a regular expression: the readers fold every line, and the
 * profile showed the regex as a hot spot.
 */
public final class Whitespace {
  private Whitespace() {}

  /**
   * The text with every run of space, tab, line feed, form feed, carriage return or VT as one
   * space.
   */
  public static String fold(String text) {
    return fold(text, 1);
  }

  /**
   * The text with every run of two or more of those characters as one space, as {@code
   * replaceAll("\\s{2,}", " ")} does; a single tab or line feed stays as it is.
   */
  public static String foldRuns(String text) {
    return fold(text, 2);
  }

  /**
   * Runs of at least {@code shortest} whitespace characters as one space; the text itself if none.
   */
  private static String fold(String text, int shortest) {
    int n = text.length();
    StringBuilder out = null;
    int copied = 0; // text before this is in out; the rest is copied a stretch at a time
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        continue;
      }
      int j = i + 1;
      while (j < n && isSpace(text.charAt(j))) {
        j++;
      }
      int run = j - i;
      // a lone space is already folded
      if (run >= shortest && (run > 1 || c != ' ')) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, i).append(' ');
        copied = j;
      }
      i = j - 1;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * Folds {@code text} in place as {@link #fold(String)} folds a String, so text built in a buffer
   * is copied once, into its String, rather than once more to fold it.
   */
  public static void fold(StringBuilder text) {
    int n = text.length();
    int kept = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        while (i + 1 < n && isSpace(text.charAt(i + 1))) {
          i++;
        }
        c = ' ';
      }
      text.setCharAt(kept++, c);
    }
    text.setLength(kept);
  }

  /**
   * Where {@code text.substring(from, to).strip()} starts: the first offset in {@code [from, to)}
   * that is not white space ({@code Character.isWhitespace}), or {@code to}. For reading a stripped
   * line in place, without the copy.
   */
  public static int stripStart(CharSequence text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /**
   * Where {@code text.substring(from, to).strip()} ends, as {@link #stripStart} tells its start.
   */
  public static int stripEnd(CharSequence text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * Whether {@code c} is one of the characters {@link #fold(String)} folds (those of regex {@code
   * \\s}).
   */
  public static boolean isSpace(char c) {
    return c <= ' '
        && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
  }

  /**
   * The text with no-break, thin and narrow no-break spaces read as spaces, every run of white
   * space as one space, and none at either end: how a statement's lines and bylines are compared.
   * The text itself when it is already so (seen in one pass, without a copy).
   */
  public static String clean(String text) {
    if (isClean(text)) {
      return text;
    }
    if (onlyLoneTabs(text)) {
      // "285.\tI take this opportunity": String.replace makes the copy in the text's own coding,
      // where a buffer beyond Latin-1 (most speeches are) is copied once more into the String,
      // after a Latin-1 copy tried in vain
      return text.replace('\t', ' ');
    }
    return clean(text, 0, text.length(), null);
  }

  /**
   * A buffer that one reader reuses, on one thread, for the lines it cleans: it grows to the
   * longest line that needs it.
   */
  public static final class Buffer {
    private final int longest;
    private char[] chars;

    /**
     * A buffer for lines of at most {@code longest} characters (any longer line makes it grow),
     * made when first needed.
     */
    public Buffer(int longest) {
      this.longest = longest;
    }

    /** The buffer, holding at least {@code n} characters. */
    char[] room(int n) {
      if (chars == null) {
        chars = new char[n]; // a text may need it for one short line only
      } else if (chars.length < n) {
        // then for longer lines: room for the longest at once, as a speech has many
        chars = new char[Math.max(n, longest)];
      }
      return chars;
    }
  }

  /**
   * {@link #clean(String)} of {@code text.substring(from, to)}, which must not be {@link #isClean
   * clean}: made in the buffer (a new one when it is null) and copied into its String once. A speed
   * trick: a line is cleaned without a copy of it to clean, and without a {@link StringBuilder}
   * that widens for a character beyond Latin-1 and is copied again into the String.
   */
  public static String clean(String text, int from, int to, Buffer buffer) {
    while (from < to && Character.isWhitespace(asSpace(text.charAt(from)))) {
      from++;
    }
    while (to > from && Character.isWhitespace(asSpace(text.charAt(to - 1)))) {
      to--;
    }
    char[] out = (buffer != null ? buffer : new Buffer(0)).room(to - from);
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = asSpace(text.charAt(i));
      if (isSpace(c)) {
        while (i + 1 < to && isSpace(asSpace(text.charAt(i + 1)))) {
          i++;
        }
        c = ' ';
      }
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  /**
   * {@link #clean(String)} of {@code text.substring(from, to)}, or null when that is the text as it
   * is ({@link #isClean}): {@code isClean(text, from, to) ? null : clean(text, from, to, buffer)}
   * in one reading. A speed trick for the lines of a statement, each of which is read this way: the
   * characters are copied into the buffer at once and read there, with no per-character check of
   * the String's coding; a line not clean is cleaned in the buffer, in place.
   */
  public static String cleanedUnlessClean(String text, int from, int to, Buffer buffer) {
    int length = to - from;
    char[] a = buffer.room(length);
    text.getChars(from, to, a, 0);
    boolean space = false;
    int i =
        length > 0 && (Character.isWhitespace(a[0]) || Character.isWhitespace(a[length - 1]))
            ? -1
            : 0;
    for (; i >= 0 && i < length; i++) {
      char c = a[i];
      if (c > ' ' && c < '\u00A0') {
        space = false; // neither white space nor a no-break or thin space: the commonest case
      } else if (c == ' ' && !space) {
        space = true;
      } else if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || isSpace(c) || c == ' ') {
        break; // the first character that cleaning changes
      } else {
        space = false;
      }
    }
    if (i == length) {
      return null;
    }
    // strip (the ends as Character.isWhitespace reads them, a no-break or thin space as a space),
    // then fold: the characters before i are kept as they are
    int start = 0;
    int end = length;
    while (start < end && Character.isWhitespace(asSpace(a[start]))) {
      start++;
    }
    while (end > start && Character.isWhitespace(asSpace(a[end - 1]))) {
      end--;
    }
    int n = 0;
    boolean folding = false;
    for (int k = start; k < end; k++) {
      char c = asSpace(a[k]);
      if (isSpace(c)) {
        if (folding) {
          continue;
        }
        folding = true;
        c = ' ';
      } else {
        folding = false;
      }
      a[n++] = c;
    }
    return new String(a, 0, n);
  }

  /**
   * Whether the text is clean but for tabs that each stand alone between characters that are not
   * white space: {@link #clean} then only reads each tab as a space.
   */
  private static boolean onlyLoneTabs(String s) {
    int n = s.length();
    if (n == 0 || isBlankAtEnds(s)) {
      return false;
    }
    boolean tab = false;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = asSpace(s.charAt(i));
      if (c != s.charAt(i) || isSpace(c) && isSpace(previous)) {
        return false; // a no-break or thin space, or a run of white space
      }
      if (isSpace(c) && c != ' ') {
        if (c != '\t') {
          return false;
        }
        tab = true;
      }
      previous = c;
    }
    return tab;
  }

  private static boolean isBlankAtEnds(String s) {
    return Character.isWhitespace(asSpace(s.charAt(0)))
        || Character.isWhitespace(asSpace(s.charAt(s.length() - 1)));
  }

  /** No-break, thin and narrow no-break spaces as a space; any other character as it is. */
  private static char asSpace(char c) {
    return c == '\u00A0' || c == '\u2009' || c == '\u202F' ? ' ' : c;
  }

  /**
   * Whether {@link #clean} would return the text as it is (for a caller that holds a clean copy
   * already): no no-break or thin space, no run of white space (nor white space other than a single
   * space) and none at either end.
   */
  public static boolean isClean(String s) {
    return isClean(s, 0, s.length());
  }

  /** {@link #isClean(String)} of {@code s.substring(from, to)}, read in place. */
  public static boolean isClean(String s, int from, int to) {
    if (to > from
        && (Character.isWhitespace(s.charAt(from)) || Character.isWhitespace(s.charAt(to - 1)))) {
      return false;
    }
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u00A0') {
        space = false; // neither white space nor a no-break or thin space
      } else if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || isSpace(c)) {
        return false;
      } else {
        space = false;
      }
    }
    return true;
  }
}
