package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Salutations ("Distinguished Mr. President, Distinguished Members of the Council,") and closings
 * ("Thank you for your attention.") told apart from the body, from the formula tables.
 */
final class Formulas {
  private static final Set<String> VOCATIVE_HEADS =
      Set.copyOf(ResourceTable.lowerCasePhrases(Formulas.class, "salutations.txt"));
  private static final PhraseList CLOSINGS =
      ResourceTable.phraseList(Formulas.class, "closings.txt");
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
    return CLOSINGS.leadingWord(stripped) >= 0 && WordCount.of(stripped) <= 30;
  }
}
