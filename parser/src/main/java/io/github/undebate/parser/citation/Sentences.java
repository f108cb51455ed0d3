package io.github.undebate.parser.citation;

import java.util.Set;

/**
 * Where the sentence around a citation begins, so that context ("the 26th session of the General
 * Assembly adopted Resolution 2758", "NATO's Article 5") is read from the same sentence only.
 */
final class Sentences {
  /**
   * Abbreviations whose period does not end a sentence: "Mr. Nebenzia", "para. 50", "the U.N.
   * General Assembly" (single capitals are handled apart).
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "No", "Nos", "para", "paras", "p", "pp", "St", "art", "Art",
          "vol", "Vol", "Rev", "Add", "Corr", "etc", "i.e", "e.g");

  /** Longer words before a period are never abbreviations; bounds the look back. */
  private static final int LONGEST_ABBREVIATION = 8;

  private Sentences() {}

  /**
   * The start of the sentence holding {@code pos}, looking back at most {@code window} characters:
   * just after a '.', '!', '?' or ';' followed by whitespace, unless the period ends an
   * abbreviation or an initial.
   */
  static int startBefore(String text, int pos, int window) {
    int from = Math.max(0, pos - window);
    for (int i = pos - 1; i > from; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(text.charAt(i + 1))) {
        continue;
      }
      if (c == '!' || c == '?' || c == ';' || c == '.' && !abbreviation(text, i)) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean abbreviation(String text, int period) {
    int start = period;
    int limit = Math.max(0, period - LONGEST_ABBREVIATION);
    while (start > limit
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, period);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial or "U.N."
    }
    if (word.length() >= 2 && word.charAt(word.length() - 2) == '.') {
      return true; // "U.N", "U.S"
    }
    return ABBREVIATIONS.contains(word);
  }
}
