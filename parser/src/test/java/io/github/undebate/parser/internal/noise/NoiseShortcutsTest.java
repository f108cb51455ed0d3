package io.github.undebate.parser.internal.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The quick ways the noise rules read a line answer as the straightforward ways they replace, on
 * the corpora's lines, random texts and lines made of what the patterns read.
 */
class NoiseShortcutsTest {
  /** The corpora's lines, random texts, and random lines of markup, addresses and bars. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusAndRandom(20, 21));
    for (String text : SampleTexts.corpusFiles().values()) {
      texts.addAll(text.lines().toList());
    }
    String[] parts = {
      "*",
      "**",
      "***",
      "_",
      "__",
      "\\_",
      "a",
      "Z",
      "1",
      " ",
      "  ",
      "\t",
      "|",
      " |",
      "| ",
      "www.",
      "http://",
      "https://x.org",
      "://",
      "\u00A0",
      "é",
      "\uD801\uDC00",
      "word",
      ".",
      "_a_",
      "*b*"
    };
    Random random = new Random(22);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  /** The emphasis cut as it was: every match of the pattern, found by {@code find()}. */
  private static String cutByFind(String text, StringBuilder removed) {
    Matcher m = InlineCleaning.EMPHASIS.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      removed.append(m.group()).append(' ');
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  @Test
  void emphasisTriedAtItsMarksIsCutAsFindCutsIt() {
    int cut = 0;
    for (String text : texts()) {
      StringBuilder expectedRemoved = new StringBuilder();
      String expected = cutByFind(text, expectedRemoved);
      StringBuilder removed = new StringBuilder();
      assertThat(InlineCleaning.cutEmphasis(text, removed)).as(text).isEqualTo(expected);
      assertThat(removed.toString()).as(text).isEqualTo(expectedRemoved.toString());
      cut += expected.equals(text) ? 0 : 1;
    }
    assertThat(cut).isGreaterThan(1000);
  }

  @Test
  void anAddressIsLookedForOnlyWhereItCanStand() {
    int found = 0;
    for (String text : texts()) {
      boolean expected = StatementPageNoise.URL.matcher(Whitespace.clean(text)).find();
      assertThat(InlineCleaning.holdsUrl(text)).as(text).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void aSpacedBarIsFoundAsContainsFindsIt() {
    int found = 0;
    for (String text : texts()) {
      boolean expected = text.contains(" |");
      assertThat(StatementPageNoise.holdsSpacedBar(text)).as(text).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void aGarbageTokenIsLookedForWhereverThePatternFindsOne() {
    List<String> texts = texts();
    Random random = new Random(31);
    String[] parts = {
      ". ", ".” ", "! ", "?\" ", "?’ ", "a", "jsEpj ", "é", "ÉÀ", "X", " ", "ǅ", "\uD801\uDC28"
    };
    for (int i = 0; i < 30_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(sb.toString());
    }
    int found = 0;
    int cleared = 0;
    for (String text : texts) {
      boolean may = InlineCleaning.mayHoldGarbageToken(text);
      if (InlineCleaning.GARBAGE_TOKEN.matcher(text).find()) {
        assertThat(may).as(text).isTrue();
        found++;
      }
      cleared += may ? 0 : 1;
    }
    assertThat(found).isGreaterThan(300);
    assertThat(cleared).isGreaterThan(1000);
  }
}
