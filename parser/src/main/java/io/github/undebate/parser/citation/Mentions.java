package io.github.undebate.parser.citation;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern occurs in a text, found in one pass on first use, so that many context questions
 * ("is the Charter named in the sentence before this Article?") cost a binary search each instead
 * of a scan each: context checks stay linear on adversarial input.
 *
 * <p>The pass goes only as far as the questions asked so far need: the mentions come in text order
 * and a question about {@code [from, to)} needs only those that start before {@code to}, so a text
 * whose last reference stands early is not read to its end (issue 14). Each later question goes on
 * from where the pass stopped, so the text is still read at most once.
 */
final class Mentions {
  private final Pattern pattern;
  private final Openings openings;
  private final String text;
  // the scan's state: made on first use, then kept to go on from where it stopped
  private Matcher matcher;
  private Openings.Cursor words;
  private boolean done;
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int count;

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
    scanTo(to);
    // the last mention starting before `to`, then back over any that end past it
    int i = Arrays.binarySearch(starts, 0, count, to);
    i = i >= 0 ? i - 1 : -i - 2;
    while (i >= 0 && ends[i] > to) {
      i--;
    }
    return i >= 0 && starts[i] >= from ? starts[i] : -1;
  }

  /** Finds the mentions up to the first that starts at or after {@code to}, or to the end. */
  private void scanTo(int to) {
    if (matcher == null) {
      matcher = pattern.matcher(text).useTransparentBounds(true);
      words = openings == null ? null : openings.in(text);
    }
    Matcher m = matcher;
    while (!done && (count == 0 || starts[count - 1] < to)) {
      if (!(words == null ? m.find() : words.find(m, count == 0 ? 0 : m.end()))) {
        done = true;
        return;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = m.start();
      ends[count] = m.end();
      count++;
    }
  }
}
