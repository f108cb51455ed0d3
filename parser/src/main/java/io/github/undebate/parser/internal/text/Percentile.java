package io.github.undebate.parser.internal.text;

/**
 * The value at a fraction of the way through a list of lengths (line lengths, word counts), as
 * {@code sorted[(int) (n * fraction)]} gives it, without sorting: lengths are small numbers, so a
 * count of each does, in one pass and with no comparison sort.
 */
public final class Percentile {
  private Percentile() {}

  /**
   * The value at {@code fraction} of the sorted values.
   *
   * @param values non-negative numbers, not changed
   * @param fraction from 0 (inclusive) to 1 (exclusive)
   * @throws IllegalArgumentException when there is no value, a value is negative or the fraction is
   *     outside [0, 1)
   */
  public static int of(int[] values, double fraction) {
    if (values.length == 0 || !(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "need values and a fraction in [0, 1), had " + values.length + " and " + fraction);
    }
    int max = 0;
    for (int v : values) {
      if (v < 0) {
        throw new IllegalArgumentException("values must be >= 0, was " + v);
      }
      max = Math.max(max, v);
    }
    int[] counts = new int[max + 1];
    for (int v : values) {
      counts[v]++;
    }
    int rank = (int) (values.length * fraction);
    int seen = 0;
    for (int v = 0; ; v++) {
      seen += counts[v];
      if (seen > rank) {
        return v;
      }
    }
  }
}
