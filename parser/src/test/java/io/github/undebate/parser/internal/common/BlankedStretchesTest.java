package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import io.github.undebate.parser.internal.text.WordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading a text with stretches passed over as spaces (a speech's quotations) reads what the
 * straightforward way reads in a copy of the text with those stretches overwritten by spaces: the
 * same words, each with its bounds, case, break, folded form and word before it, and the same
 * country names and adjectives, on the corpus and benchmark texts and on random ones.
 */
class BlankedStretchesTest {
  /** The corpus and random texts, and random ones with curly quotes and guillemets mixed in. */
  private static List<String> texts() {
    List<String> texts = SampleTexts.corpusAndRandom(1416, 1417);
    texts.addAll(SampleTexts.corpusFiles().values());
    Random random = new Random(1418);
    String[] marks = {"“", "”", "«", "»", "\"", "\n", "“Brazil”", " United “x” States ", "U.S.“"};
    for (String t : SampleTexts.random(1419, 3_000, 60)) {
      StringBuilder b = new StringBuilder(t);
      for (int k = random.nextInt(6); k > 0; k--) {
        b.insert(random.nextInt(b.length() + 1), marks[random.nextInt(marks.length)]);
      }
      texts.add(b.toString());
    }
    return texts;
  }

  /**
   * The stretches a speech's quotations blank: after each opening mark to its closing mark or the
   * line's end, read a character at a time.
   */
  static int[] quotations(String text) {
    List<Integer> bounds = new ArrayList<>();
    char close = 0;
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (close == 0) {
        close = ch == '“' ? '”' : ch == '«' ? '»' : ch == '"' ? '"' : 0;
        open = i + 1;
      } else if (ch == close || ch == '\n') {
        close = 0;
        if (i > open) {
          bounds.add(open);
          bounds.add(i);
        }
      }
    }
    if (close != 0 && text.length() > open) {
      bounds.add(open);
      bounds.add(text.length());
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String blanked(String text, int[] bounds) {
    char[] out = text.toCharArray();
    for (int k = 0; k < bounds.length; k += 2) {
      Arrays.fill(out, bounds[k], bounds[k + 1], ' ');
    }
    return new String(out);
  }

  private static String word(WordReader r) {
    return r.start()
        + "-"
        + r.end()
        + (r.capitalized() ? "C" : "")
        + (r.upperCase() ? "U" : "")
        + (r.breakBefore() ? "B" : "")
        + " "
        + r.folded()
        + "<"
        + r.previous();
  }

  private static List<String> words(WordReader r) {
    List<String> out = new ArrayList<>();
    while (r.next()) {
      out.add(word(r));
    }
    return out;
  }

  /** A table of a few words names open with, as the name scan passes over the others. */
  private static final WordTable<Boolean> FIRST_WORDS =
      WordTable.of(Map.of("united", true, "brazil", true, "u", true, "s", true, "a", true));

  private static List<String> foldedWords(WordReader r, int keep, boolean table) {
    List<String> out = new ArrayList<>();
    while (table ? r.nextFolded(keep, FIRST_WORDS, null) : r.nextFolded(keep)) {
      out.add(word(r));
    }
    return out;
  }

  @Test
  void theWordsAreThoseOfTheBlankedCopy() {
    int quoted = 0;
    int keep = 1 << ('f' - 'a') | 1 << ('l' - 'a');
    for (String text : texts()) {
      int[] bounds = quotations(text);
      String copy = blanked(text, bounds);
      String what = text.length() < 200 ? text : "a corpus text";
      assertThat(words(new WordReader(text, bounds)))
          .as(what)
          .isEqualTo(words(new WordReader(copy)));
      for (boolean table : new boolean[] {false, true}) {
        assertThat(foldedWords(new WordReader(text, bounds), keep, table))
            .as(what)
            .isEqualTo(foldedWords(new WordReader(copy), keep, table));
      }
      quoted += bounds.length > 0 ? 1 : 0;
    }
    assertThat(quoted).isGreaterThan(1_000);
  }

  @Test
  void theNamesAndAdjectivesAreThoseOfTheBlankedCopy() {
    int named = 0;
    for (String text : texts()) {
      int[] bounds = quotations(text);
      String copy = blanked(text, bounds);
      Countries.Mentions inPlace = Countries.standard().findAllWithAdjectives(text, bounds);
      Countries.Mentions inCopy = Countries.standard().findAllWithAdjectives(copy);
      String what = text.length() < 200 ? text : "a corpus text";
      assertThat(inPlace).as(what).isEqualTo(inCopy);
      assertThat(Countries.blanked(text, bounds)).isEqualTo(copy);
      named += bounds.length > 0 ? inCopy.names().size() + inCopy.adjectives().size() : 0;
    }
    assertThat(named).isGreaterThan(100);
  }
}
