package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's shortcuts give what the slower code they replace gave. */
class FastPathsTest {

  @Test
  void aBufferFoldsInPlaceAsItsStringFolds() {
    StringBuilder line = new StringBuilder(" The  President :\tI thank\r\n the  representative ");
    TextJoin.fold(line);
    assertThat(line.toString()).isEqualTo(" The President : I thank the representative ");
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "a \t\n\r\f\u000B\u00A0\u2003é";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(TextJoin.fold(sb))
          .as("seed %d, case %d: %s", seed, i, s)
          .isEqualTo(TextJoin.fold(s));
      Whitespace.fold(sb);
      assertThat(sb.toString())
          .as("seed %d, case %d: %s", seed, i, s)
          .isEqualTo(Whitespace.fold(s));
    }
  }

  @Test
  void speakerKeysFoldAsTheRegexesDid() {
    assertThat(SpeakerRoll.fold("Mr. Nebenzia (Russian Federation)"))
        .isEqualTo("mr nebenzia russian federation");
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
      assertThat(SpeakerRoll.fold(s)).as("seed %d, case %d: %s", seed, i, s).isEqualTo(folded);
    }
  }
}
