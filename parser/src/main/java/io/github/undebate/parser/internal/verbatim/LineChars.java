package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.TextChars;

/**
 * A buffer that one thread reuses for a line's characters, from index 0 on, for a loop that reads a
 * line character by character: {@code String.charAt} on a text beyond Latin-1 checks its index and
 * its coder at each character ({@link TextChars} says more). Unlike {@code TextChars}, which keeps
 * a text's indices, a line far into a long text needs no buffer as long as the text. What a call
 * returns holds until the next call on the same buffer.
 */
final class LineChars {
  // the longest line kept between calls (64 K characters): a longer one gets an array of its own
  private static final int KEPT = 1 << 16;
  private char[] chars = new char[256];

  /** The buffer with {@code s.substring(from, to)} at its start. */
  char[] of(String s, int from, int to) {
    int n = to - from;
    if (n > KEPT) {
      char[] own = new char[n];
      s.getChars(from, to, own, 0);
      return own;
    }
    if (chars.length < n) {
      chars = new char[Math.min(KEPT, Math.max(n, chars.length * 2))];
    }
    s.getChars(from, to, chars, 0);
    return chars;
  }
}
