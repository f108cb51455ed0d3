package io.github.undebate.parser.internal.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a text and whether it is readable, from the share of each language's most
 * frequent function words ({@code stopwords.tsv}). Real prose in any of the listed languages has a
 * large share of them; OCR garbage has almost none.
 */
final class Languages {
  private static final Map<String, Set<String>> STOP_WORDS = load();
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}");

  /** The share of words with a capital after a small letter above which OCR is taken as broken. */
  static final double MIN_BROKEN_WORD_SHARE = 0.01;

  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

  /** Below this share of function words a text of some length is taken as unreadable. */
  static final double MIN_FUNCTION_WORD_SHARE = 0.08;

  private Languages() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] row : PhraseTable.rows("stopwords.tsv")) {
      out.put(row[0].strip(), new HashSet<>(List.of(row[1].strip().split("\\s+"))));
    }
    return Map.copyOf(out);
  }

  /** The language with the largest share of function words, and that share. */
  static Map.Entry<String, Double> guess(String text) {
    Map<String, Integer> hits = new HashMap<>();
    int total = 0;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      total++;
      for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = "en";
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    if (ARABIC.matcher(text).results().count() > total / 2 && total > 0) {
      return Map.entry("ar", 1.0);
    }
    return Map.entry(best, total == 0 ? 0.0 : bestHits / (double) total);
  }

  /** The ISO 639-1 code of a text that is not English. */
  static Optional<String> notEnglish(String text) {
    String code = guess(text).getKey();
    return code.equals("en") ? Optional.empty() : Optional.of(code);
  }

  /**
   * Whether the text is too long to be a fragment yet reads as no known language: almost no
   * function words, and (unlike tables and lists, which also have few) words broken by capitals in
   * mid-word ("Gy5ill", "Gelb", "SAI WL"), the mark of OCR run on the wrong script.
   */
  static boolean unreadable(String text) {
    Matcher m = TOKEN.matcher(text);
    int tokens = 0;
    int broken = 0;
    while (m.find()) {
      tokens++;
      if (INNER_CAPITAL.matcher(m.group()).find()) {
        broken++;
      }
    }
    if (tokens < 60) {
      return false;
    }
    double share = guess(text).getValue();
    return share < MIN_FUNCTION_WORD_SHARE / 4
        || share < MIN_FUNCTION_WORD_SHARE && broken >= tokens * MIN_BROKEN_WORD_SHARE;
  }
}
