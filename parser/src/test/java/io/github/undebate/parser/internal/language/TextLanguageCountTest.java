package io.github.undebate.parser.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass count gives what the class's words say: words are {@code [\p{L}\p{M}]+}, looked up
 * lower-cased by {@code String.toLowerCase(Locale.ROOT)} in {@code stopwords.tsv}. Checked on every
 * text of the corpus and on texts of many scripts, cases and marks.
 */
class TextLanguageCountTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  private static final List<String> CODES = new ArrayList<>();
  private static final Map<String, Integer> MASKS = new HashMap<>();

  static {
    try (InputStream in = TextLanguage.class.getResourceAsStream("stopwords.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        int bit = 1 << CODES.size();
        CODES.add(cells[0].strip());
        for (String w : cells[1].strip().split("\\s+")) {
          MASKS.merge(w, bit, (a, b) -> a | b);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The guess and the readability, counted word by word from the regex's words. */
  private static String byTheWords(List<String> texts) {
    int words = 0;
    int broken = 0;
    int arabic = 0;
    Map<String, Integer> hits = new LinkedHashMap<>(); // in the order of first hits
    for (String text : texts) {
      arabic +=
          (int)
              text.codePoints()
                  .filter(
                      c ->
                          c >= 0x600
                              && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                  .count();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        String w = m.group();
        words++;
        int previous = -1;
        boolean b = false;
        for (int i = 0; i < w.length(); ) {
          int c = w.codePointAt(i);
          b |=
              previous == Character.LOWERCASE_LETTER
                  && Character.getType(c) == Character.UPPERCASE_LETTER;
          previous = Character.getType(c);
          i += Character.charCount(c);
        }
        broken += b ? 1 : 0;
        int mask = MASKS.getOrDefault(w.toLowerCase(Locale.ROOT), 0);
        for (int k = 0; k < CODES.size(); k++) {
          if ((mask & (1 << k)) != 0) {
            hits.merge(CODES.get(k), 1, Integer::sum);
          }
        }
      }
    }
    Map<String, Integer> counted = new HashMap<>();
    hits.forEach(counted::put);
    String best = "en";
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : counted.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    double share = words == 0 ? 0.0 : bestHits / (double) words;
    if (arabic > words / 2 && words > 0) {
      best = "ar";
      share = 1.0;
    }
    boolean unreadable =
        words >= 60
            && (share < TextLanguage.MIN_FUNCTION_WORD_SHARE / 4
                || share < TextLanguage.MIN_FUNCTION_WORD_SHARE
                    && broken >= words * TextLanguage.MIN_BROKEN_WORD_SHARE);
    return best + " " + share + " " + unreadable;
  }

  private static String counted(List<String> texts) {
    Map.Entry<String, Double> guess = TextLanguage.guess(texts);
    return guess.getKey() + " " + guess.getValue() + " " + TextLanguage.unreadable(texts, false);
  }

  @Test
  void theCountOfEveryCorpusTextIsTheCountOfItsWords() throws IOException {
    int texts = 0;
    for (var file : SampleTexts.corpusFiles().entrySet()) {
      List<String> lines = file.getValue().lines().toList();
      assertThat(counted(lines)).as(file.getKey().toString()).isEqualTo(byTheWords(lines));
      texts++;
    }
    assertThat(texts).isGreaterThan(300);
  }

  @Test
  void theCountOfTextsOfManyScriptsIsTheCountOfTheirWords() {
    String[] parts = {
      "the",
      "The",
      "THE",
      "of",
      "and",
      "which",
      "whiche",
      "tHe",
      "le",
      "la",
      "für",
      "FÜR",
      "é",
      "и",
      "И",
      "не",
      "НЕ",
      "что",
      "ΣΑΣ",
      "Σ",
      "İ",
      "ı",
      "\u0301",
      "e\u0301",
      "في",
      "من",
      "\ud835\udc00",
      "\ud801\udc00",
      "mEEt",
      "aB",
      " ",
      " ",
      " ",
      ", ",
      ".\n",
      "\u00a0",
      "1",
      "'",
      "’",
      "-",
      "ǅ"
    };
    Random random = new Random(15);
    int foreign = 0;
    for (int n = 0; n < 5_000; n++) {
      List<String> texts = new ArrayList<>();
      for (int t = random.nextInt(4); t >= 0; t--) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(80); k > 0; k--) {
          b.append(parts[random.nextInt(parts.length)]);
        }
        texts.add(b.toString());
      }
      String expected = byTheWords(texts);
      assertThat(counted(texts)).as(String.join("|", texts)).isEqualTo(expected);
      foreign += expected.startsWith("en ") ? 0 : 1;
    }
    assertThat(foreign).isBetween(500, 4_500);
  }
}
