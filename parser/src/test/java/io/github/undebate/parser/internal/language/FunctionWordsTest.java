package io.github.undebate.parser.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The function words' shortcut: words of small ASCII letters up to {@link
 * FunctionWords#HASH_TELLS_APART} long are told apart by their {@code String} hashes, so that a
 * word found by its hash needs no compare.
 */
class FunctionWordsTest {
  @Test
  void everyWordOfUpToFourSmallLettersHasAHashOfItsOwn() {
    for (int length = 1; length <= 4; length++) {
      Set<Integer> hashes = new HashSet<>();
      int words = (int) Math.pow(26, length);
      for (int w = 0; w < words; w++) {
        assertThat(hashes.add(word(w, length).hashCode())).isTrue();
      }
    }
  }

  @Test
  void randomWordsOfFiveAndSixLettersShareNoHashWithAnother() {
    Random random = new Random(16);
    for (int length = 5; length <= FunctionWords.HASH_TELLS_APART; length++) {
      Map<Integer, String> seen = new java.util.HashMap<>();
      for (int n = 0; n < 400_000; n++) {
        String w = word(random.nextInt((int) Math.pow(26, length)), length);
        String before = seen.putIfAbsent(w.hashCode(), w);
        assertThat(before == null || before.equals(w)).as(w + " " + before).isTrue();
      }
    }
  }

  @Test
  void aWordIsFoundByItsHashOnlyWhenItIsTheKey() {
    FunctionWords words = new FunctionWords(Map.of("the", 1, "and", 2, "über", 4));
    for (String w :
        new String[] {"the", "The", "THE", "and", "thf", "an", "über", "ÜBER", "uber"}) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      boolean ascii = w.chars().allMatch(c -> c < 0x80);
      int expected = Map.of("the", 1, "and", 2, "über", 4).getOrDefault(lower, 0);
      assertThat(words.mask(w, w.toCharArray(), 0, w.length(), lower.hashCode(), false, ascii))
          .as(w)
          .isEqualTo(expected);
    }
  }

  /** The {@code length}-letter word that is number {@code w} in base 26. */
  private static String word(int w, int length) {
    char[] c = new char[length];
    for (int i = length - 1; i >= 0; i--) {
      c[i] = (char) ('a' + w % 26);
      w /= 26;
    }
    return new String(c);
  }
}
