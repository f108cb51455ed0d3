package io.github.undebate.parser.internal.statement;

import java.util.Arrays;

/**
 * Where a speech's text stands between quotation marks ({@link SpeechText#quotations}): the
 * stretches after each opening mark up to its closing mark, the line's end or the paragraph's end,
 * which a reader of the speech takes for spaces. A reader of the speech passes over them in the
 * text itself, and only a stretch of text that touches one is copied with it blanked (issue 14):
 * most windows a rule reads touch none.
 */
final class QuotedStretches {
  private static final int[] NONE = {};

  private final String text;
  // the stretches' starts and ends in the text, in order, none empty or overlapping
  private final int[] starts;
  private final int[] ends;

  private QuotedStretches(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** No stretch quoted in {@code text}. */
  static QuotedStretches none(String text) {
    return new QuotedStretches(text, NONE, NONE);
  }

  /** The stretches in {@code text}, given as their starts and ends (copied). */
  static QuotedStretches of(String text, int[] starts, int[] ends, int count) {
    return count == 0
        ? none(text)
        : new QuotedStretches(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  /** The text they stand in. */
  String text() {
    return text;
  }

  /** How many there are. */
  int count() {
    return starts.length;
  }

  /** The stretches as start and end pairs, in order: a new array. */
  int[] bounds() {
    int[] bounds = new int[2 * starts.length];
    for (int k = 0; k < starts.length; k++) {
      bounds[2 * k] = starts[k];
      bounds[2 * k + 1] = ends[k];
    }
    return bounds;
  }

  /** Whether a stretch overlaps the text from {@code from} to {@code to}. */
  boolean touch(int from, int to) {
    int k = firstEndingAfter(from);
    return k < starts.length && starts[k] < to && from < to;
  }

  /** The end of the stretch that holds {@code at}, or {@code at} when none does. */
  int past(int at) {
    int k = firstEndingAfter(at);
    return k < starts.length && starts[k] <= at ? ends[k] : at;
  }

  /** The first stretch that ends after {@code at}, or {@link #count} for none. */
  private int firstEndingAfter(int at) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text from {@code from} to {@code to} with the stretches in it blanked by spaces. */
  String blanked(int from, int to) {
    if (!touch(from, to)) {
      return text.substring(from, to);
    }
    char[] out = new char[to - from];
    text.getChars(from, to, out, 0);
    for (int k = firstEndingAfter(from); k < starts.length && starts[k] < to; k++) {
      Arrays.fill(out, Math.max(from, starts[k]) - from, Math.min(to, ends[k]) - from, ' ');
    }
    return new String(out);
  }
}
