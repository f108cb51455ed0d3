package io.github.undebate.parser.internal.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * The words of a text as the regular expression {@code [\p{L}\p{M}][\p{L}\p{M}-]*} finds them (runs
 * of letters and marks, with inner hyphens), read by hand: a text's every word is read this way
 * when a rule needs its vocabulary, and the hand loop makes one String per word where the
 * expression and lower-casing made three.
 */
public final class LetterRuns {
  private LetterRuns() {}

  /**
   * Adds each word of the text lower-cased ({@code toLowerCase(Locale.ROOT)}) and, for a hyphenated
   * word, also its parts ({@code split("-")}).
   */
  public static void addLowerCase(String text, Collection<String> words) {
    int n = text.length();
    char[] ascii = new char[16];
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isLetterOrMark(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean onlyAscii = true;
      while (i < n) {
        int d = text.codePointAt(i);
        if (d == '-' || isLetterOrMark(d)) {
          onlyAscii &= d < 128;
          i += Character.charCount(d);
        } else {
          break;
        }
      }
      String word;
      if (onlyAscii) {
        if (ascii.length < i - start) {
          ascii = new char[Math.max(i - start, ascii.length * 2)];
        }
        for (int k = start; k < i; k++) {
          char c = text.charAt(k);
          ascii[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        word = new String(ascii, 0, i - start);
      } else {
        word = text.substring(start, i).toLowerCase(Locale.ROOT);
      }
      words.add(word);
      if (word.indexOf('-') >= 0) {
        words.addAll(Arrays.asList(word.split("-")));
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
