package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.SampleTexts;
import io.github.undebate.parser.internal.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The quick ways the line and paragraph stages read a line answer as the straightforward ways they
 * replace, on the corpora's lines and random texts.
 */
class LineStagesShortcutsTest {
  @Test
  void aParagraphNumberReadByHandIsTheOneThePatternFinds() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusAndRandom(23, 24));
    for (String text : SampleTexts.corpusFiles().values()) {
      texts.addAll(text.lines().toList());
    }
    texts.addAll(
        List.of("12. We", "1.\tThe", "1.\t The", "123.  x", "1234. x", "7.", "7. ", " 7. x"));
    Random random = new Random(25);
    String[] parts = {"1", "23", "456", ".", " ", "\t", "\u000B", "\u00A0", "x", "\n", "\uD800"};
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(sb.toString());
    }
    int numbered = 0;
    for (String text : texts) {
      // the pattern as it was tried, with find
      Matcher find = ParagraphNumber.PATTERN.matcher(text);
      boolean found = find.find();
      assertThat(ParagraphNumber.end(text)).as(text).isEqualTo(found ? find.end() : -1);
      if (found) {
        assertThat(ParagraphNumber.number(text))
            .as(text)
            .isEqualTo(Integer.parseInt(find.group(1)));
        numbered++;
      }
    }
    assertThat(numbered).isGreaterThan(1000);
  }

  @Test
  void theWordsAroundALineEndHyphenReadByHandAreThoseThePatternsFind() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusAndRandom(26, 27));
    for (String text : SampleTexts.corpusFiles().values()) {
      texts.addAll(text.lines().toList());
    }
    Random random = new Random(28);
    String[] parts = {
      "a",
      "Z",
      "é",
      "\u0301",
      "\u0651",
      "ж",
      "-",
      " ",
      "1",
      "\uD801\uDC00",
      "\uD800",
      "\uDC00",
      "\uD835\uDC00",
      "\u20DD",
      "\u0903",
      "ǅ",
      "ʰ",
      "中",
      "\n"
    };
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(sb.toString());
    }
    int words = 0;
    for (String text : texts) {
      for (String t : List.of(text, text + "-")) {
        Matcher before = LineEndHyphen.BEFORE.matcher(t);
        int expected = t.endsWith("-") && before.find() ? before.start(1) : -1;
        assertThat(LineEndHyphen.wordBefore(t)).as(t).isEqualTo(expected);
        words += expected >= 0 ? 1 : 0;
        Matcher after = LineEndHyphen.AFTER.matcher(t);
        assertThat(LineEndHyphen.wordAfter(t))
            .as(t)
            .isEqualTo(after.lookingAt() ? after.end() : -1);
      }
    }
    assertThat(words).isGreaterThan(1000);
  }

  @Test
  void aWordLookedForInTheLinesIsHeldAsTheSetOfAllWordsHoldsIt() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusFiles().values());
    texts.addAll(SampleTexts.random(29, 300, 400));
    texts.add("ΑΣ'Α as-is İx KELVIN \u212Aelvin co-\noperation ix");
    Random random = new Random(30);
    int held = 0;
    int asked = 0;
    for (String text : texts) {
      List<Line> lines = Line.split(text);
      WordSet all = new Vocabulary(lines).words();
      List<String> words =
          new ArrayList<>(List.of("ix", "kelvin", "co", "operation", "cooperation"));
      String[] tokens = text.split("\\s+");
      // about twenty words of each text: each is looked for in every line of a fresh vocabulary
      int rate = Math.max(20, tokens.length / 20);
      for (String token : tokens) {
        String w = token.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{M}-]", "");
        if (!w.isEmpty() && random.nextInt(rate) == 0) {
          words.add(w);
          words.add(w + "s");
          words.add(w.substring(1));
        }
      }
      Vocabulary vocabulary = new Vocabulary(lines);
      for (String w : words) {
        boolean expected = all.contains(w);
        // a fresh one as well: it looks the first words up in the lines
        assertThat(new Vocabulary(lines).holds(w)).as("%s in %s", w, text).isEqualTo(expected);
        assertThat(vocabulary.holds(w)).as("%s in %s", w, text).isEqualTo(expected);
        held += expected ? 1 : 0;
        asked++;
      }
    }
    assertThat(held).isGreaterThan(1000);
    assertThat(asked - held).isGreaterThan(1000);
  }
}
