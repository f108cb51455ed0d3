package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
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

  /** What {@link PhraseList#isIn} must say: the text lower-cased as a whole holds a phrase. */
  private static boolean lowerCasedHolds(List<String> phrases, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return phrases.stream().anyMatch(t::contains);
  }

  @Test
  void aPhraseLookedForAtItsRarestLetterIsFoundWhereverTheLowerCasedTextHoldsIt()
      throws IOException {
    List<List<String>> lists =
        List.of(
            List.of(
                "please find attached",
                "please find below",
                "find attached the statement",
                "the full text of the statement",
                "read more"),
            List.of("ki", "ik a"), // no letter to look for but i and k: lower-cased as before
            List.of("share this", "mission permanente"),
            List.of("ſ", "x"));
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        texts.add(text);
        texts.addAll(text.lines().toList());
      }
    }
    texts.addAll(
        List.of(
            "PLEASE FIND ATTACHED",
            "Please find belowİ",
            "read morİ",
            "read mor\u0130 x",
            "THE FULL"));
    Random random = new Random(14);
    String[] pieces = {
      "please",
      "PLEASE",
      " ",
      "find",
      "FİND",
      "attached",
      "below",
      "x",
      "X",
      "\u212A",
      "ki",
      "İ",
      "ı",
      "Σ",
      "\ud835\udc00",
      "ſ",
      "SHARE",
      "this",
      "tHİS",
      "read",
      "more",
      "share th"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(sb.toString());
    }
    int found = 0;
    for (List<String> phrases : lists) {
      PhraseList list = PhraseList.of(phrases);
      for (String text : texts) {
        boolean expected = lowerCasedHolds(phrases, text);
        assertThat(list.isIn(text)).as("%s in \"%s\"", phrases, text).isEqualTo(expected);
        found += expected ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void onlyALetterOrItsCapitalLowerCasesToAnyLetterLookedFor() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
      for (char letter : "zqxjvbpygfwmucldrhsnoate".toCharArray()) {
        if (lower.indexOf(letter) >= 0) {
          assertThat(c).as("U+%04X", (int) c).isIn(letter, (char) (letter - ('a' - 'A')));
        }
      }
    }
  }

  /** {@link PhraseList#isLine} as the whole text lower-cased answers it. */
  private static boolean lowerCasedIsLine(List<String> phrases, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (String p : phrases) {
      if (p.endsWith("*") ? t.startsWith(p.substring(0, p.length() - 1)) : t.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** {@link PhraseList#leadingWord} as the whole text lower-cased answers it. */
  private static int lowerCasedLeadingWord(List<String> phrases, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (String p : phrases) {
      int n = p.length();
      if (t.startsWith(p) && (t.length() == n || !Character.isLetter(t.charAt(n)))) {
        return n;
      }
    }
    return -1;
  }

  @Test
  void theStartOfATextIsComparedAsTheWholeTextLowerCasedWouldBe() {
    List<List<String>> lists =
        List.of(
            List.of("read more", "share", "tags:*", "follow us on*", "home"),
            List.of("thank you for your attention", "thank you", "je vous remercie"),
            List.of("σας ευχαριστώ", "ki*", "a"),
            List.of("*"));
    List<String> texts = new ArrayList<>(SampleTexts.corpusAndRandom(16, 17));
    Random random = new Random(16);
    String[] heads = {
      "Read more",
      "SHARE",
      "Tags: x",
      "Follow us on",
      "home",
      "Thank you",
      "ΣΑΣ ΕΥΧΑΡΙΣΤΏ",
      "KI",
      "A"
    };
    String[] tails = {
      "", ".", " ", "s", "İ", "Σ", "\uD801\uDC00", "\uD800", "ı", "x".repeat(40), "é"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(heads[random.nextInt(heads.length)]);
      for (int k = random.nextInt(6); k > 0; k--) {
        sb.append(tails[random.nextInt(tails.length)]);
      }
      texts.add(sb.toString());
    }
    int lines = 0;
    int words = 0;
    for (List<String> phrases : lists) {
      PhraseList list = PhraseList.of(phrases);
      for (String text : texts) {
        boolean isLine = lowerCasedIsLine(phrases, text);
        assertThat(list.isLine(text)).as("%s: \"%s\"", phrases, text).isEqualTo(isLine);
        if (!phrases.contains("*")) {
          int word = lowerCasedLeadingWord(phrases, text);
          assertThat(list.leadingWord(text)).as("%s: \"%s\"", phrases, text).isEqualTo(word);
          words += word >= 0 ? 1 : 0;
          boolean opens = phrases.stream().anyMatch(text.toLowerCase(Locale.ROOT)::startsWith);
          assertThat(list.opens(text)).as("%s: \"%s\"", phrases, text).isEqualTo(opens);
        }
        lines += isLine ? 1 : 0;
      }
    }
    assertThat(lines).isGreaterThan(1000);
    assertThat(words).isGreaterThan(1000);
  }

  @Test
  void lowerCasingNeverShortensACharacter() {
    // why a text whose start lower-cases one character at a time is compared only at its start
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String s = new String(Character.toChars(c));
      assertThat(s.toLowerCase(Locale.ROOT).length())
          .as("U+%04X", c)
          .isGreaterThanOrEqualTo(s.length());
    }
  }
}
