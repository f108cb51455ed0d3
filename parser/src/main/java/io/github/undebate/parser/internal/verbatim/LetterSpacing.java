package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Whitespace;

/**
 * Repairs letter-spaced text that some PDF extractors make of spaced-out type: "M r . D e i s s"
 * becomes "Mr. Deiss", "( S w i t z e r l a n d )" becomes "(Switzerland)". Words stay apart where
 * the extractor put two or more spaces; runs of three or more single characters separated by single
 * spaces are joined.
 */
final class LetterSpacing {
  private LetterSpacing() {}

  /** The line with letter-spaced runs joined; other text unchanged. */
  static String repair(String line) {
    if (!hasRun(line)) {
      return line;
    }
    String[] groups = line.strip().split("\\s{2,}");
    StringBuilder out = new StringBuilder();
    for (String group : groups) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(joinRuns(group));
    }
    return out.toString();
  }

  /** Whether the line has three single characters in a row separated by single spaces. */
  private static boolean hasRun(String line) {
    return longestRunOf(line) >= 3;
  }

  /** The longest run of single characters separated by single spaces in the line. */
  static int longestRunOf(String line) {
    // As longestRun(line.strip().split(" ")), without the array: every line of a record is looked
    // at. Tokens are what stands between single spaces; an empty one (two spaces) breaks a run.
    int lo = Whitespace.stripStart(line, 0, line.length());
    int hi = Whitespace.stripEnd(line, lo, line.length());
    int best = 0;
    int run = 0;
    int start = lo;
    for (int i = lo; i <= hi; i++) {
      if (i < hi && line.charAt(i) != ' ') {
        continue;
      }
      run = oneCodePoint(line, start, i) ? run + 1 : 0;
      best = Math.max(best, run);
      start = i + 1;
    }
    return best;
  }

  /** Set in what {@link #scan} gives when the line has two whitespace characters in a row. */
  static final int WHITESPACE_RUN = 1 << 30;

  /**
   * {@link #longestRunOf} and, in {@link #WHITESPACE_RUN}, whether {@link Whitespace#foldRuns}
   * would change the line: one pass over the line for both, as the reader asks both of every line.
   */
  static int scan(String line) {
    int n = line.length();
    int lo = Whitespace.stripStart(line, 0, n);
    int hi = Whitespace.stripEnd(line, lo, n);
    // The characters at lo and hi - 1 are no whitespace: a run lies in one of the three parts.
    boolean spaceRun = hasSpaceRun(line, 0, lo) || hasSpaceRun(line, hi, n);
    boolean previousSpace = false;
    int best = 0;
    int run = 0;
    int start = lo;
    for (int i = lo; i < hi; i++) {
      char c = line.charAt(i);
      if (c > ' ') {
        previousSpace = false;
        continue;
      }
      boolean space = Whitespace.isSpace(c);
      spaceRun = spaceRun || (space && previousSpace);
      previousSpace = space;
      if (c == ' ') {
        run = oneCodePoint(line, start, i) ? run + 1 : 0;
        best = Math.max(best, run);
        start = i + 1;
      }
    }
    run = oneCodePoint(line, start, hi) ? run + 1 : 0;
    best = Math.max(best, run);
    return spaceRun ? best | WHITESPACE_RUN : best;
  }

  private static boolean hasSpaceRun(String line, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (Whitespace.isSpace(line.charAt(i)) && Whitespace.isSpace(line.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean oneCodePoint(String line, int start, int end) {
    int length = end - start;
    return length == 1
        || (length == 2
            && Character.isHighSurrogate(line.charAt(start))
            && Character.isLowSurrogate(line.charAt(start + 1)));
  }

  private static int longestRun(String[] tokens) {
    int best = 0;
    int run = 0;
    for (String t : tokens) {
      run = t.codePointCount(0, t.length()) == 1 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  private static String joinRuns(String group) {
    String[] tokens = group.split(" ");
    if (longestRun(tokens) < 3) {
      return group;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < tokens.length) {
      int j = i;
      while (j < tokens.length && tokens[j].codePointCount(0, tokens[j].length()) == 1) {
        j++;
      }
      if (j - i >= 3) {
        if (out.length() > 0) {
          out.append(' ');
        }
        for (int k = i; k < j; k++) {
          out.append(tokens[k]);
        }
        i = j;
      } else {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(tokens[i]);
        i++;
      }
    }
    return out.toString();
  }
}
