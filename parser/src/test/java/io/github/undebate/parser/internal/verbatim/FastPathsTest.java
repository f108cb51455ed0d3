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
}
