package io.github.undebate.parser.internal.text;

import java.util.List;

/**
 * Compares text with lower-case table entries as {@code text.toLowerCase(Locale.ROOT)} would,
 * without lower-casing the text into a new string. That holds for a "simple" text, one whose
 * characters {@code String.toLowerCase} lower-cases one by one as {@code Character.toLowerCase}
 * does: all but surrogates (case pairs outside the BMP), capital sigma (final form by context) and
 * capital I with dot (two characters). Callers lower-case a text that is not simple as before.
 */
final class RootLowerCase {
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

  /** The most characters {@link #isSimple(String, int)} reads one by one, not in a chunk. */
  private static final int SHORT = 64;

  private RootLowerCase() {}

  /** Whether the text lower-cases character by character, keeping its length. */
  static boolean isSimple(String text) {
    return isSimple(text, text.length());
  }

  /**
   * Whether the text's first {@code length} characters lower-case one by one: then so does the
   * start of the whole text lower-cased, whatever follows (a later character may change the
   * lower-cased text's length, never what comes before it), so a caller that reads only the start
   * need not read the rest.
   */
  static boolean isSimple(String text, int length) {
    int end = Math.min(length, text.length());
    if (end <= SHORT) {
      // the start of a line, as phrase lists read it: no chunk is worth its copy
      for (int i = 0; i < end; i++) {
        if (!lowerCasesAlone(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
    // read in chunks: charAt on a text beyond Latin-1 is slow under C1 alone (TextChars)
    TextChars chars = CHARS.get();
    for (int from = 0; from < end; from += TextChars.CHUNK) {
      int to = Math.min(end, from + TextChars.CHUNK);
      char[] a = chars.chunk(text, from, to);
      for (int i = from; i < to; i++) {
        char c = a[i - from];
        if (!lowerCasesAlone(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code String.toLowerCase} lower-cases the character as {@code Character.toLowerCase}
   * does, wherever it stands: all but surrogates, capital sigma and capital I with dot.
   */
  static boolean lowerCasesAlone(char c) {
    return !Character.isSurrogate(c) && c != '\u03A3' && c != '\u0130';
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

  /**
   * Whether the lower-cased simple text holds any of the non-empty lower-case entries: one pass
   * over the text, each position tried against the entries that open with its character.
   */
  static boolean containsAny(
      String simple, List<String> lowers, String firstCharacters, long[] asciiFirsts) {
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (c < 128) {
        c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if ((asciiFirsts[c >> 6] & (1L << c)) == 0) {
          continue; // no entry opens with this character
        }
      } else {
        c = Character.toLowerCase(c);
      }
      for (int k = firstCharacters.indexOf(c); k >= 0; k = firstCharacters.indexOf(c, k + 1)) {
        String lower = lowers.get(k);
        if (regionMatches(simple, i, lower, lower.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The ASCII characters among the first characters, as a set of bits ({@code c >> 6} picks the
   * word, {@code 1L << c} the bit), for {@link #containsAny}.
   */
  static long[] asciiSet(String characters) {
    long[] set = new long[2];
    for (int i = 0; i < characters.length(); i++) {
      char c = characters.charAt(i);
      if (c < 128) {
        set[c >> 6] |= 1L << c;
      }
    }
    return set;
  }

  /** The first characters of the non-empty entries, in order, for {@link #containsAny}. */
  static String firstCharacters(List<String> lowers) {
    StringBuilder out = new StringBuilder(lowers.size());
    for (String lower : lowers) {
      if (lower.isEmpty()) {
        throw new IllegalArgumentException("an empty entry");
      }
      out.append(lower.charAt(0));
    }
    return out.toString();
  }
}
