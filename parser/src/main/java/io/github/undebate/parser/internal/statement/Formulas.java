package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import io.github.undebate.parser.internal.text.Whitespace;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.Locale;
import java.util.Set;

/**
 * Salutations ("Distinguished Mr. President, Distinguished Members of the Council,") and closings
 * ("Thank you for your attention.") told apart from the body, from the formula tables.
 */
final class Formulas {
  private static final Set<String> VOCATIVE_HEADS =
      Set.copyOf(ResourceTable.lowerCasePhrases(Formulas.class, "salutations.txt"));
  private static final PhraseList CLOSINGS =
      ResourceTable.phraseList(Formulas.class, "closings.txt");

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
    // the segments between commas and semicolons before the last character, read in place
    int last = t.length() - 1;
    int from = 0;
    for (int i = 0; i <= last; i++) {
      if (i < last && t.charAt(i) != ',' && t.charAt(i) != ';') {
        continue;
      }
      int start = from;
      int end = i;
      while (start < end && Character.isWhitespace(t.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
        end--;
      }
      if (start < end && !opensWithVocative(t, start, end)) {
        return false;
      }
      from = i + 1;
    }
    return true;
  }

  /**
   * Whether the segment of {@code text} from {@code start} to {@code end} opens with a vocative
   * head: its first word, up to ASCII whitespace.
   */
  private static boolean opensWithVocative(String text, int start, int end) {
    int wordEnd = start;
    while (wordEnd < end && !Whitespace.isSpace(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return VOCATIVE_HEADS.contains(text.substring(start, wordEnd).toLowerCase(Locale.ROOT));
  }

  /** Whether the paragraph opens with a closing formula and is short. */
  static boolean isClosing(String paragraph) {
    String stripped = paragraph.strip();
    return CLOSINGS.leadingWord(stripped) >= 0 && WordCount.of(stripped) <= 30;
  }
}
