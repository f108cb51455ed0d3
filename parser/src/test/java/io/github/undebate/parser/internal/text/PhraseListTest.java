package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Phrase lists find what lower-casing the text and comparing would find, in every case. */
class PhraseListTest {
  private static final PhraseList TEASERS = PhraseList.of(List.of("read more", "share this"));
  private static final PhraseList CLOSINGS =
      PhraseList.of(List.of("thank you for your attention", "thank you", "je vous remercie"));

  @Test
  void findsAPhraseAnywhereInAnyCase() {
    assertThat(TEASERS.isIn("Statement at the UNGA. READ MORE")).isTrue();
    assertThat(TEASERS.isIn("We must share the burden")).isFalse();
    assertThat(TEASERS.isIn("İstanbul read more")).as("a text lower-cased as a whole").isTrue();
  }

  @Test
  void aLeadingPhraseEndsAWord() {
    assertThat(CLOSINGS.leadingWord("Thank you.")).isEqualTo("thank you".length());
    assertThat(CLOSINGS.leadingWord("Thank you for your attention."))
        .isEqualTo("thank you for your attention".length());
    assertThat(CLOSINGS.leadingWord("Thank youngsters")).isEqualTo(-1);
    assertThat(CLOSINGS.leadingWord("We thank you")).isEqualTo(-1);
    assertThat(CLOSINGS.opens("Je vous remercie, Monsieur le Président.")).isTrue();
  }

  @Test
  void starredEntriesArePrefixesOthersWholeLines() {
    PhraseList chrome = PhraseList.of(List.of("skip to main content", "follow us on*"));
    assertThat(chrome.isLine("Skip to main content")).isTrue();
    assertThat(chrome.isLine("Skip to main content now")).isFalse();
    assertThat(chrome.isLine("Follow us on Twitter")).isTrue();
  }

  @Test
  void theFastPathsAnswerAsLowerCasingDoes() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "aAtThH İıΣσς\uD801\uDC00";
    List<String> phrases = List.of("th", "a t", "σς", "ha");
    PhraseList list = PhraseList.of(phrases);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String lower = s.toLowerCase(Locale.ROOT);
      boolean contains = phrases.stream().anyMatch(lower::contains);
      boolean starts = phrases.stream().anyMatch(lower::startsWith);
      assertThat(list.isIn(s)).as("seed %d: %s", seed, s).isEqualTo(contains);
      assertThat(list.opens(s)).as("seed %d: %s", seed, s).isEqualTo(starts);
    }
  }

  @Test
  void phrasesMustBeLowerCase() {
    assertThatThrownBy(() -> PhraseList.of(List.of("Read more")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
