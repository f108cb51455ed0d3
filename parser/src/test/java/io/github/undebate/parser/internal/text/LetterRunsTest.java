package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-read vocabulary holds what the regular expression and lower-casing give. */
class LetterRunsTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}-]*");

  private static Set<String> expected(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      out.add(w);
      for (String part : w.split("-")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }

  private static void agree(String text, String why) {
    WordSet words = new WordSet();
    LetterRuns.addLowerCase(text, words, new WordBuffer());
    Set<String> expected = expected(text);
    assertThat(words.size()).as(why + ": " + text).isEqualTo(expected.size());
    for (String w : expected) {
      assertThat(words.contains(w)).as(why + ": holds " + w + " of " + text).isTrue();
    }
  }

  @Test
  void readsWordsHyphensAndOtherScripts() {
    agree(
        "Zero-tariff TRADE, zero- tariff; Кого-либо «Генеральной» İstanbul e\u0301te well--known",
        "sample");
    WordSet words = new WordSet();
    LetterRuns.addLowerCase("The the THE", words, new WordBuffer());
    assertThat(words.size()).isEqualTo(1);
    assertThat(words.contains("the")).isTrue();
    assertThat(words.contains("The")).isFalse();
  }

  @Test
  void agreesWithTheExpressionOnSeededTexts() {
    String[] pieces = {
      "Peace",
      "peace",
      "-",
      "--",
      "well-known",
      "A",
      "b",
      " ",
      " ",
      "\n",
      ",",
      "é",
      "\u0301",
      "Ф",
      "ассамблея",
      "İ",
      "ß",
      "\uD835\uDC00",
      "1",
      "x-",
      "-y",
      "Ǆ"
    };
    for (long seed = 1; seed <= 500; seed++) {
      Random random = new Random(seed);
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(80);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      agree(sb.toString(), "seed " + seed);
    }
    // growth past the first table
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      many.append("w").append(Integer.toString(i, 26).replaceAll("\\d", "q")).append(' ');
    }
    agree(many.toString(), "many words");
  }
}
