package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Salutations ("Distinguished Mr. President, Distinguished Members of the Council,") and closings
 * ("Thank you for your attention.") told apart from the body, from the formula tables.
 */
final class Formulas {
  private static final Set<String> VOCATIVE_HEADS =
      Set.copyOf(PhraseTable.lowerCase("salutations.txt"));
  private static final List<String> CLOSINGS = PhraseTable.lowerCase("closings.txt");
  private static final String CLOSING_FIRST_CHARACTERS = firstCharacters(CLOSINGS);
  // segments of an address: "Mr. President, Your Excellencies, Ladies and gentlemen,"
  private static final Pattern SEGMENT = Pattern.compile("[,;]");

  private Formulas() {}

  /** The characters the entries open with; null when an entry is empty. */
  private static String firstCharacters(List<String> entries) {
    StringBuilder out = new StringBuilder();
    for (String e : entries) {
      if (e.isEmpty()) {
        return null;
      }
      out.append(e.charAt(0));
    }
    return out.toString();
  }

  /**
   * Whether the paragraph is made only of vocative formulas: short, ending in a comma, colon or
   * exclamation mark, and every comma-separated segment opening with a vocative word.
   */
  static boolean isSalutation(String paragraph) {
    String t = paragraph.strip();
    if (t.isEmpty() || ",:!".indexOf(t.charAt(t.length() - 1)) < 0) {
      return false;
    }
    if (WordCount.of(t) > 30) {
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

  /** Whether the segment's first word (up to ASCII whitespace) is a vocative head. */
  private static boolean opensWithVocative(String segment) {
    int end = 0;
    while (end < segment.length() && !Whitespace.isSpace(segment.charAt(end))) {
      end++;
    }
    String first = segment.substring(0, end).toLowerCase(Locale.ROOT);
    return VOCATIVE_HEADS.contains(first);
  }

  /** Whether the paragraph opens with a closing formula and is short. */
  static boolean isClosing(String paragraph) {
    String stripped = paragraph.strip();
    // a text opens with a formula only when its first character, lower-cased alone (as in the
    // whole text, but for surrogate pairs), opens one
    if (CLOSING_FIRST_CHARACTERS != null
        && !stripped.isEmpty()
        && !Character.isSurrogate(stripped.charAt(0))
        && CLOSING_FIRST_CHARACTERS.indexOf(Character.toLowerCase(stripped.charAt(0))) < 0) {
      return false;
    }
    if (WordCount.of(stripped) > 30) {
      return false;
    }
    boolean simple = RootLowerCase.isSimple(stripped);
    String t = simple ? stripped : stripped.toLowerCase(Locale.ROOT);
    for (String c : CLOSINGS) {
      if ((simple ? RootLowerCase.startsWith(t, c) : t.startsWith(c))
          && (t.length() == c.length()
              || !Character.isLetter(
                  simple ? RootLowerCase.charAt(t, c.length()) : t.charAt(c.length())))) {
        return true;
      }
    }
    return false;
  }
}
