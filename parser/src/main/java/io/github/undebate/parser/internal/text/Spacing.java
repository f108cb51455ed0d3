package io.github.undebate.parser.internal.text;

/**
 * How a line is spaced, read in one pass over its characters: the longest run of single characters
 * between single spaces (the mark of letter-spaced type, "M r . D e i s s"), and whether its white
 * space is folded already ({@code Whitespace.fold(line).strip()} is the line itself): the two
 * questions the verbatim reader asks of every line, answered in one pass instead of two. One
 * spacing reads one line at a time, on one thread.
 */
public final class Spacing {
  private int longestRun;
  private boolean folded;

  /** Reads the line; {@link #longestRun} and {@link #folded} then tell about it. */
  public Spacing read(CharSequence line) {
    int n = line.length();
    // the stripped line's bounds, as String.strip sees them
    int lo = Whitespace.stripStart(line, 0, n);
    int hi = Whitespace.stripEnd(line, lo, n);
    boolean isFolded = lo == 0 && hi == n;
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
      if (space && (c != ' ' || previousSpace)) {
        isFolded = false;
      }
      previousSpace = space;
      if (c == ' ') {
        // a token is what stands between single spaces; an empty one (two spaces) breaks a run
        run = oneCodePoint(line, start, i) ? run + 1 : 0;
        best = Math.max(best, run);
        start = i + 1;
      }
    }
    if (lo < hi) {
      run = oneCodePoint(line, start, hi) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    longestRun = best;
    folded = isFolded;
    return this;
  }

  /**
   * The longest run of tokens of one code point each, where tokens are what stands between single
   * spaces of the stripped line (as {@code line.strip().split(" ")} cuts it): 5 for "M r . D e i s
   * s", 1 for "The President: I thank".
   */
  public int longestRun() {
    return longestRun;
  }

  /**
   * Whether the line's white space is folded: no white space at either end, no run of two and none
   * but single spaces ({@link Whitespace#fold}) inside.
   */
  public boolean folded() {
    return folded;
  }

  /**
   * Whether {@code read(line).longestRun() >= shortest}, found faster: the spaces are looked for
   * with {@code indexOf}, not a character at a time, and the reading stops at the first run long
   * enough. The record-kind signs ask this of a text's first lines, and most have no such run.
   */
  public static boolean hasRun(CharSequence line, int shortest) {
    int n = line.length();
    int lo = Whitespace.stripStart(line, 0, n);
    int hi = Whitespace.stripEnd(line, lo, n);
    if (lo >= hi) {
      return shortest <= 0;
    }
    int run = 0;
    int start = lo;
    for (int space = spaceAt(line, lo); space >= 0 && space < hi; ) {
      run = oneCodePoint(line, start, space) ? run + 1 : 0;
      if (run >= shortest) {
        return true;
      }
      start = space + 1;
      space = spaceAt(line, start);
    }
    run = oneCodePoint(line, start, hi) ? run + 1 : 0;
    return run >= shortest;
  }

  /** The next space from {@code from}, or -1: {@code indexOf} where the text is a String. */
  private static int spaceAt(CharSequence line, int from) {
    if (line instanceof String text) {
      return text.indexOf(' ', from);
    }
    for (int i = from; i < line.length(); i++) {
      if (line.charAt(i) == ' ') {
        return i;
      }
    }
    return -1;
  }

  private static boolean oneCodePoint(CharSequence line, int start, int end) {
    int length = end - start;
    return length == 1
        || (length == 2
            && Character.isHighSurrogate(line.charAt(start))
            && Character.isLowSurrogate(line.charAt(start + 1)));
  }
}
