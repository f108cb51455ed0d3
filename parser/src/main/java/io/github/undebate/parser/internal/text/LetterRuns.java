package io.github.undebate.parser.internal.text;

import java.util.Locale;

/**
 * The words of a text as the regular expression {@code [\p{L}\p{M}][\p{L}\p{M}-]*} finds them (runs
 * of letters and marks, with inner hyphens), read by hand: a text's every word is read this way
 * when a rule needs its vocabulary, and the hand loop makes one String per distinct word where the
 * expression and lower-casing made three per word.
 */
public final class LetterRuns {
  private LetterRuns() {}

  /**
   * Adds each word of the text lower-cased ({@code toLowerCase(Locale.ROOT)}) and, for a hyphenated
   * word, also its parts, making a String only of a word the set does not hold yet (an empty part
   * between two hyphens is left out: no one looks an empty word up).
   */
  public static void addLowerCase(String text, WordSet words, WordBuffer buffer) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isLetterOrMark(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean onlyAscii = true;
      boolean hyphen = false;
      while (i < n) {
        int d = text.codePointAt(i);
        if (d == '-' || isLetterOrMark(d)) {
          onlyAscii &= d < 128;
          hyphen |= d == '-';
          i += Character.charCount(d);
        } else {
          break;
        }
      }
      if (!onlyAscii) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        words.add(word);
        if (hyphen) {
          for (String part : word.split("-")) {
            if (!part.isEmpty()) {
              words.add(part);
            }
          }
        }
        continue;
      }
      buffer.clear();
      for (int k = start; k < i; k++) {
        char c = text.charAt(k);
        buffer.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
      words.add(buffer);
      if (hyphen) {
        int from = start;
        for (int k = start; k <= i; k++) {
          if (k == i || text.charAt(k) == '-') {
            if (k > from) {
              buffer.clear();
              for (int j = from; j < k; j++) {
                char c = text.charAt(j);
                buffer.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
              }
              words.add(buffer);
            }
            from = k + 1;
          }
        }
      }
    }
  }

  /** A letter or a mark: {@code \p{L}} or {@code \p{M}}. */
  private static boolean isLetterOrMark(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }
    return isLetterOrMarkType(Character.getType(cp));
  }

  /** Whether a {@link Character#getType} is a letter's or a mark's: {@code [\p{L}\p{M}]}. */
  public static boolean isLetterOrMarkType(int type) {
    switch (type) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
        return true;
      default:
        return false;
    }
  }
}
