package io.github.undebate.parser.internal.statement;

/**
 * Compares text with lower-case table entries as {@code text.toLowerCase(Locale.ROOT)} would,
 * without lower-casing the text into a new string. That holds for a "simple" text, one whose
 * characters {@code String.toLowerCase} lower-cases one by one as {@code Character.toLowerCase}
 * does: all but surrogates (case pairs outside the BMP), capital sigma (final form by context) and
 * capital I with dot (two characters). Callers lower-case a text that is not simple as before.
 */
final class RootLowerCase {
  private RootLowerCase() {}

  /** Whether the text lower-cases character by character, keeping its length. */
  static boolean isSimple(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
        return false;
      }
    }
    return true;
  }

  /** The character at {@code i} of the lower-cased simple text. */
  static char charAt(String simple, int i) {
    return Character.toLowerCase(simple.charAt(i));
  }

  /** Whether the lower-cased simple text holds {@code lower[0, length)} at {@code offset}. */
  static boolean regionMatches(String simple, int offset, String lower, int length) {
    if (offset < 0 || offset + length > simple.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (Character.toLowerCase(simple.charAt(offset + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the lower-cased simple text starts with {@code lower}. */
  static boolean startsWith(String simple, String lower) {
    return regionMatches(simple, 0, lower, lower.length());
  }

  /** Whether the lower-cased simple text holds {@code lower}. */
  static boolean contains(String simple, String lower) {
    if (lower.isEmpty()) {
      return true;
    }
    char first = lower.charAt(0);
    int last = simple.length() - lower.length();
    for (int i = 0; i <= last; i++) {
      if (Character.toLowerCase(simple.charAt(i)) == first
          && regionMatches(simple, i, lower, lower.length())) {
        return true;
      }
    }
    return false;
  }
}
