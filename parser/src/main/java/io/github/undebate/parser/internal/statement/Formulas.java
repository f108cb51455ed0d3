package io.github.undebate.parser.internal.statement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Salutations ("Distinguished Mr. President, Distinguished Members of the Council,") and closings
 * ("Thank you for your attention.") told apart from the body, from the formula tables.
 */
final class Formulas {
  private static final List<String> VOCATIVE_HEADS = PhraseTable.lowerCase("salutations.txt");
  private static final List<String> CLOSINGS = PhraseTable.lowerCase("closings.txt");
  // segments of an address: "Mr. President, Your Excellencies, Ladies and gentlemen,"
  private static final Pattern SEGMENT = Pattern.compile("[,;]");

  private Formulas() {}

  /**
   * Whether the paragraph is made only of vocative formulas: short, ending in a comma, colon or
   * exclamation mark, and every comma-separated segment opening with a vocative word.
   */
  static boolean isSalutation(String paragraph) {
    String t = paragraph.strip();
    if (t.isEmpty() || ",:!".indexOf(t.charAt(t.length() - 1)) < 0) {
      return false;
    }
    if (t.split("\\s+").length > 30) {
      return false;
    }
    for (String segment : SEGMENT.split(t.substring(0, t.length() - 1))) {
      String s = segment.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!opensWithVocative(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensWithVocative(String segment) {
    String first = segment.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    for (String head : VOCATIVE_HEADS) {
      if (first.equals(head)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the paragraph opens with a closing formula and is short. */
  static boolean isClosing(String paragraph) {
    String t = paragraph.strip().toLowerCase(Locale.ROOT);
    if (t.split("\\s+").length > 30) {
      return false;
    }
    for (String c : CLOSINGS) {
      if (t.startsWith(c)
          && (t.length() == c.length() || !Character.isLetter(t.charAt(c.length())))) {
        return true;
      }
    }
    return false;
  }
}
