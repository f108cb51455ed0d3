package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words are counted as the split the length rules were written with counts them. */
class WordCountTest {

  @Test
  void countsAsSplitDoes() {
    assertThat(WordCount.of("Thank you for your attention.")).isEqualTo(5);
    assertThat(WordCount.of(" Thank you"))
        .as("a leading space makes an empty first part")
        .isEqualTo(3);
    assertThat(WordCount.of("")).isEqualTo(1);
    assertThat(WordCount.of("   ")).isZero();
  }

  @Test
  void atLeastAnswersAsTheFullCountDoes() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab \t\n\u00A0.";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int words = random.nextInt(6);
      assertThat(WordCount.atLeast(s, words))
          .as("seed %d: \"%s\" has at least %d words", seed, s, words)
          .isEqualTo(WordCount.of(s) >= words);
    }
  }
}
