package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A name's key, the ASCII shortcut included, is what the regular expressions give. */
class NameKeyTest {
  @Test
  void keysFoldAsTheRegexesDid() {
    assertThat(NameKey.of("Mr. Nebenzia (Russian Federation)"))
        .isEqualTo("mr nebenzia russian federation");
    assertThat(NameKey.of("Mr. Briz Gutiérrez")).isEqualTo("mr briz gutierrez");
    assertThat(NameKey.of(null)).isEmpty();
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "aZ9 .-()\t'é";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String folded =
          java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
              .replaceAll("\\p{M}+", "")
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}]+", " ")
              .strip();
      assertThat(NameKey.of(s)).as("seed %d, case %d: %s", seed, i, s).isEqualTo(folded);
    }
  }
}
