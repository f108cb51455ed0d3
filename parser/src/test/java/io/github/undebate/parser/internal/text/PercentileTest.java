package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counted percentile is the sorted array's value at that place. */
class PercentileTest {
  @Test
  void givesTheSortedValueAtTheFraction() {
    assertThat(Percentile.of(new int[] {52, 48, 7, 50, 51, 49, 50, 12, 50, 53}, 0.9)).isEqualTo(53);
    assertThat(Percentile.of(new int[] {5}, 0.9)).isEqualTo(5);
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      int[] values = new int[1 + random.nextInt(60)];
      for (int k = 0; k < values.length; k++) {
        values[k] = random.nextInt(1 + random.nextInt(300));
      }
      int[] sorted = values.clone();
      Arrays.sort(sorted);
      double fraction = random.nextDouble();
      assertThat(Percentile.of(values, fraction))
          .as("seed %d, case %d", seed, i)
          .isEqualTo(sorted[(int) (values.length * fraction)]);
    }
  }

  @Test
  void refusesWhatHasNoPercentile() {
    assertThatThrownBy(() -> Percentile.of(new int[0], 0.9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentile.of(new int[] {-1}, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
