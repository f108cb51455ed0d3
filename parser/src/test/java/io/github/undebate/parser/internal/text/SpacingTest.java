package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass spacing scan says what the slower code it replaces would say. */
class SpacingTest {
  private final Spacing spacing = new Spacing();

  @Test
  void letterSpacedTypeHasALongRun() {
    // the header of S/PV.8700 as one extractor prints it, and a line of speech
    assertThat(spacing.read("M r .  D e i s s").longestRun()).isEqualTo(5);
    assertThat(spacing.read("The President: I thank").longestRun()).isEqualTo(1);
    assertThat(spacing.read("( S w i t z e r l a n d )").longestRun()).isEqualTo(13);
  }

  @Test
  void foldedMeansFoldingAndStrippingChangeNothing() {
    assertThat(spacing.read("The President: I thank").folded()).isTrue();
    assertThat(spacing.read("The  President").folded()).isFalse();
    assertThat(spacing.read("The\tPresident").folded()).isFalse();
    assertThat(spacing.read(" The President").folded()).isFalse();
    assertThat(spacing.read("").folded()).isTrue();
  }

  @Test
  void runsAndFoldingAsTheSplitAndTheFoldSayForRandomLines() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab  \t\n\u2003\u00A0\u001Cé\uD835\uDC00";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      spacing.read(s);
      assertThat(spacing.longestRun())
          .as("seed %d, case %d: [%s]", seed, i, s)
          .isEqualTo(splitRun(s));
      assertThat(spacing.folded())
          .as("seed %d, case %d: [%s]", seed, i, s)
          .isEqualTo(Whitespace.fold(s).strip().equals(s));
    }
  }

  /** The count as it was: tokens of String.split, one code point each. */
  private static int splitRun(String line) {
    int best = 0;
    int run = 0;
    for (String t : line.strip().split(" ")) {
      run = t.codePointCount(0, t.length()) == 1 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }
}
