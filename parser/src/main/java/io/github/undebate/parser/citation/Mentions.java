package io.github.undebate.parser.citation;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern occurs in a text, found in one pass on first use, so that many context questions
 * ("is the Charter named in the sentence before this Article?") cost a binary search each instead
 * of a scan each: context checks stay linear on adversarial input.
 */
final class Mentions {
  private final Pattern pattern;
  private final Openings openings;
  private final String text;
  private int[] starts;
  private int[] ends;

  /** The mentions of the pattern, found by trying it at every position. */
  Mentions(Pattern pattern, String text) {
    this(pattern, null, text);
  }

  /**
   * The mentions of a pattern of words, tried only where one of them opens ({@link
   * Openings.Cursor#find}).
   */
  Mentions(Pattern pattern, Openings openings, String text) {
    this.pattern = pattern;
    this.openings = openings;
    this.text = text;
  }

  /** The start of the last mention lying wholly in [from, to), or -1. */
  int lastIn(int from, int to) {
    if (starts == null) {
      scan();
    }
    // the last mention starting before `to`, then back over any that end past it
    int i = Arrays.binarySearch(starts, to);
    i = i >= 0 ? i - 1 : -i - 2;
    while (i >= 0 && ends[i] > to) {
      i--;
    }
    return i >= 0 && starts[i] >= from ? starts[i] : -1;
  }

  private void scan() {
    int[] s = new int[16];
    int[] e = new int[16];
    int n = 0;
    Matcher m = pattern.matcher(text).useTransparentBounds(true);
    Openings.Cursor words = openings == null ? null : openings.in(text);
    while (words == null ? m.find() : words.find(m, n == 0 ? 0 : m.end())) {
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      s[n] = m.start();
      e[n] = m.end();
      n++;
    }
    starts = Arrays.copyOf(s, n);
    ends = Arrays.copyOf(e, n);
  }
}
