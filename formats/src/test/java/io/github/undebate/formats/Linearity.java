package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;

/**
 * Proves that work grows linearly with input, as the parser's tests do: the same input shape at two
 * sizes ten times apart must take at most {@link #MAX_RATIO} times as long. Quadratic work would
 * take a hundred times as long, so the bound is generous for a loaded machine and still catches it.
 * Absolute times are never compared.
 */
final class Linearity {
  static final int MAX_RATIO = 40;

  /** Below this a timing is mostly noise, so the smaller run counts as at least this long. */
  private static final long FLOOR_NANOS = 20_000_000L;

  private Linearity() {}

  /** A piece of work on an input. */
  interface Work<T> {
    void run(T input) throws Exception;
  }

  /** Asserts that {@code work} on {@code input.apply(10 * n)} is linear against {@code n}. */
  static <T> void assertLinear(String what, IntFunction<T> input, int n, Work<T> work)
      throws Exception {
    T small = input.apply(n);
    T large = input.apply(10 * n);
    work.run(small); // warm up: class loading and the JIT
    long smallNanos = Math.max(FLOOR_NANOS, best(small, work, 3));
    // best of two: one run of the large input can lose its core to other work on a busy machine
    long largeNanos = best(large, work, 2);
    assertThat(largeNanos)
        .as(
            "%s: ten times the input took %.1f times as long (%d ms against %d ms); linear work"
                + " stays under %d",
            what,
            (double) largeNanos / smallNanos,
            largeNanos / 1_000_000,
            smallNanos / 1_000_000,
            MAX_RATIO)
        .isLessThanOrEqualTo(MAX_RATIO * smallNanos);
  }

  private static <T> long best(T input, Work<T> work, int runs) throws Exception {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run(input);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
