package io.github.undebate.parser.internal.text;

/**
 * Looks for a lower-case ASCII word in any ASCII case, as a pattern compiled with {@code
 * CASE_INSENSITIVE} alone matches it, so that a reader can rule a line out before it runs such a
 * pattern: the search goes from one place where the word's first letter stands to the next ({@code
 * indexOf}), which is much faster than a pattern.
 */
public final class AsciiCase {
  private AsciiCase() {}

  /** Whether the text holds the lower-case ASCII word in any ASCII case. */
  public static boolean contains(String text, String word) {
    int last = text.length() - word.length();
    char first = word.charAt(0);
    char upper = (char) (first - ('a' - 'A'));
    for (int i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
      if (matchesAt(text, i, word)) {
        return true;
      }
    }
    for (int i = text.indexOf(upper); i >= 0 && i <= last; i = text.indexOf(upper, i + 1)) {
      if (matchesAt(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #contains(String, String)} of text read in place (a line not made into a String). */
  public static boolean contains(CharSequence text, String word) {
    if (text instanceof String s) {
      return contains(s, word);
    }
    int last = text.length() - word.length();
    char first = word.charAt(0);
    char upper = (char) (first - ('a' - 'A'));
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == upper) && matchesAt(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(CharSequence text, int at, String word) {
    for (int k = 1; k < word.length(); k++) {
      if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
