package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import io.github.undebate.parser.internal.text.WordTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The word reader's shortcut for a word it need not fold (one that opens with a small letter a name
 * cannot open with) reads the same words as the general loop: same bounds, case and breaks, and the
 * same folded word when asked for it.
 */
class WordReaderShortcutTest {
  /** A word's bounds, case and break as {@link WordReader} reports them. */
  private static String bounds(WordReader r) {
    return r.start()
        + "-"
        + r.end()
        + (r.capitalized() ? "C" : "")
        + (r.upperCase() ? "U" : "")
        + (r.breakBefore() ? "B" : "");
  }

  /**
   * Reads the text with the shortcut, as the name scan does, against the general loop: each word's
   * bounds, and for a word the shortcut folded (one a name may open) the word and the one before
   * it, which the shortcut folds only when asked.
   */
  private static int agree(String text) {
    List<String> bounds = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    WordReader general = new WordReader(text);
    while (general.next()) {
      bounds.add(bounds(general));
      folded.add(general.folded() + "<" + general.previous());
    }
    WordReader shortcut = new WordReader(text);
    // keep only "f" and "l", as the country names do: every other small word takes the shortcut
    int keep = 1 << ('f' - 'a') | 1 << ('l' - 'a');
    String what = text.length() < 200 ? text : "a corpus text";
    int k = 0;
    while (shortcut.nextSkippingSmall(keep)) {
      assertThat(k).as(what).isLessThan(bounds.size());
      assertThat(bounds(shortcut)).as(what).isEqualTo(bounds.get(k));
      if (shortcut.isFolded()) {
        assertThat(shortcut.folded() + "<" + shortcut.previous()).as(what).isEqualTo(folded.get(k));
      }
      k++;
    }
    assertThat(k).as(what).isEqualTo(bounds.size());
    return k;
  }

  /**
   * Reads the text with {@link WordReader#nextFolded}, which passes over the words the shortcut
   * leaves unfolded, against the shortcut's loop: the same words folded, each with the same bounds,
   * case, break, folded word and word before it.
   */
  private static int passesOverAsTheShortcutReads(String text, int keep) {
    List<String> expected = new ArrayList<>();
    WordReader shortcut = new WordReader(text);
    while (shortcut.nextSkippingSmall(keep)) {
      if (shortcut.isFolded()) {
        expected.add(bounds(shortcut) + " " + shortcut.folded() + "<" + shortcut.previous());
      }
    }
    List<String> passing = new ArrayList<>();
    WordReader reader = new WordReader(text);
    while (reader.nextFolded(keep)) {
      assertThat(reader.isFolded()).isTrue();
      passing.add(bounds(reader) + " " + reader.folded() + "<" + reader.previous());
    }
    assertThat(passing).as(text.length() < 200 ? text : "a corpus text").isEqualTo(expected);
    return passing.size();
  }

  @Test
  void passingOverUnfoldedWordsFindsTheWordsTheShortcutFolds() throws IOException {
    List<String> texts = texts();
    int words = 0;
    for (int keep :
        new int[] {0, 1 << ('f' - 'a') | 1 << ('l' - 'a'), 1 << ('t' - 'a'), -1 >>> 6, -1}) {
      for (String text : texts) {
        words += passesOverAsTheShortcutReads(text, keep);
      }
    }
    assertThat(words).isGreaterThan(100_000);
  }

  @Test
  void passingOverSmallWordsInOneLoopFindsTheWordsTheShortcutFoldsInTheSampleTexts() {
    // SmallWords passes over separators and plain small words by the kinds of characters: the
    // words it stops at, and the last word it passed, are those of the shortcut's loop
    List<String> texts = SampleTexts.corpusAndRandom(1420, 1421);
    texts.addAll(SampleTexts.corpusFiles().values());
    int words = 0;
    for (int keep : new int[] {0, 1 << ('f' - 'a') | 1 << ('l' - 'a'), 1 << ('a' - 'a')}) {
      for (String text : texts) {
        words += passesOverAsTheShortcutReads(text, keep);
      }
    }
    assertThat(words).isGreaterThan(1_000_000);
  }

  @Test
  void passingOverWordsATableRefusesFindsEveryWordOfTheTable() throws IOException {
    // the words of a table, as a name index holds first words: some common, some with marks
    Map<String, Boolean> entries = new HashMap<>();
    for (String w :
        List.of(
            "the", "united", "usa", "russia", "cote", "divoire", "f", "l", "for", "la", "9am")) {
      entries.put(w, Boolean.TRUE);
    }
    WordTable<Boolean> table = WordTable.of(entries);
    int keep = 1 << ('f' - 'a') | 1 << ('l' - 'a');
    int found = 0;
    for (String text : texts()) {
      List<String> expected = new ArrayList<>();
      WordReader all = new WordReader(text);
      while (all.nextFolded(keep)) {
        if (table.contains(all.folded())) {
          expected.add(bounds(all) + " " + all.folded() + "<" + all.previous());
        }
      }
      List<String> passing = new ArrayList<>();
      WordReader reader = new WordReader(text);
      while (reader.nextFolded(keep, table, null)) {
        if (table.contains(reader.folded())) {
          passing.add(bounds(reader) + " " + reader.folded() + "<" + reader.previous());
        }
      }
      assertThat(passing).as(text.length() < 200 ? text : "a corpus text").isEqualTo(expected);
      found += passing.size();
    }
    assertThat(found).isGreaterThan(5_000);
  }

  @Test
  void aWordOfAsciiLettersHashesAsItsFoldedForm() throws IOException {
    int ascii = 0;
    for (String text : texts()) {
      WordReader reader = new WordReader(text);
      while (reader.next()) {
        String word = text.substring(reader.start(), reader.end());
        if (word.chars().allMatch(c -> c < 128)) {
          assertThat(WordScan.asciiFoldedHash(text, reader.start(), reader.end()))
              .as(word)
              .isEqualTo(reader.folded().toString().hashCode());
          ascii++;
        }
      }
    }
    assertThat(ascii).isGreaterThan(100_000);
  }

  @Test
  void theShortcutReadsTheWordsTheGeneralLoopReads() throws IOException {
    int words = 0;
    for (String text : texts()) {
      words += agree(text);
    }
    assertThat(words).isGreaterThan(100_000);
  }

  /** Made-up texts with the cases a word may be, the test corpus, and random short texts. */
  private static List<String> texts() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "the U.S.A. and u.s. policy, iPhone a.b. Russia's l'Assemblée d'Ivoire",
                "x",
                "a.",
                "ab'",
                "abc's",
                "abc.def ghi. jkl",
                "naïve café 9am e2e",
                ""));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    Random random = new Random(14);
    String alphabet = "abzfl AZ.'’,é9\u0301-";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(sb.toString());
    }
    return texts;
  }
}
