package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a match of a pattern may begin with, found once from the pattern itself, so
 * that a reader that tries many patterns on every line tries only those that can match there: a
 * line of speech starting with "T" is no page number. A character is ruled out only when matching
 * the pattern against that one character fails without reaching its end ({@link Matcher#hitEnd}),
 * that is when no longer text starting with it could match either. Characters beyond ASCII are
 * never ruled out.
 */
public final class FirstCharacters {
  private final boolean[] may = new boolean[128];

  private FirstCharacters(Pattern pattern) {
    Matcher m = pattern.matcher("");
    for (char c = 0; c < may.length; c++) {
      m.reset(String.valueOf(c));
      may[c] = m.lookingAt() || m.hitEnd();
    }
  }

  /** The characters a match of {@code pattern} may begin with. */
  public static FirstCharacters of(Pattern pattern) {
    return new FirstCharacters(pattern);
  }

  /** Whether a match may start at the beginning of {@code text}; true for empty text. */
  public boolean mayStart(CharSequence text) {
    if (text.length() == 0) {
      return true;
    }
    char c = text.charAt(0);
    return c >= may.length || may[c];
  }

  /**
   * For a list of patterns, by first character, the indices (ascending) of those a match may begin
   * with it; the last entry, for empty text and characters beyond ASCII, holds them all.
   *
   * @param firsts the patterns' first characters, in the order they are tried
   * @param tried which of them to index
   */
  public static int[][] index(List<FirstCharacters> firsts, boolean[] tried) {
    int[][] table = new int[129][];
    for (int c = 0; c <= 128; c++) {
      List<Integer> found = new ArrayList<>();
      for (int r = 0; r < firsts.size(); r++) {
        if (tried[r] && (c == 128 || firsts.get(r).may[c])) {
          found.add(r);
        }
      }
      table[c] = found.stream().mapToInt(Integer::intValue).toArray();
    }
    return table;
  }

  /** The entry of {@link #index} for the text's first character. */
  public static int[] candidates(int[][] index, CharSequence text) {
    if (text.length() == 0) {
      return index[128];
    }
    char c = text.charAt(0);
    return c < 128 ? index[c] : index[128];
  }
}
