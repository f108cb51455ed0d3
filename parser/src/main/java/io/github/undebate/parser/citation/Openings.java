package io.github.undebate.parser.citation;

import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;

/**
 * Where a word of a list may open in a text: at the start of a word (no letter before it), on the
 * first two characters of one of the words. A scan tests these with a table lookup per character
 * and runs a form's pattern only there, anchored, instead of trying the pattern at every position
 * of the text.
 *
 * <p>The test is a necessary condition only: the pattern still decides, so a pattern whose keywords
 * are these words finds exactly what it found before, only sooner. Immutable.
 */
final class Openings {
  /** A bit for every character a word opens with. */
  private final long[] firsts = new long[1024];

  /** A bit for every character that opens a one-character word, which needs no second one. */
  private final long[] singles = new long[1024];

  /** The first two characters of each longer word, as {@code first << 16 | second}, sorted. */
  private final int[] pairs;

  private Openings(Collection<String> words) {
    int[] p = new int[words.size()];
    int n = 0;
    for (String word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("an opening word must not be empty");
      }
      char first = word.charAt(0);
      set(firsts, first);
      if (word.length() == 1 || Character.isWhitespace(word.charAt(1))) {
        set(singles, first); // a space in a phrase matches any whitespace
      } else {
        p[n++] = first << 16 | word.charAt(1);
      }
    }
    pairs = Arrays.copyOf(p, n);
    Arrays.sort(pairs);
  }

  /** The openings of the words, exactly as written (case counts). */
  static Openings of(Collection<String> words) {
    return new Openings(words);
  }

  /** The openings of the words, exactly as written (case counts). */
  static Openings of(String... words) {
    return new Openings(Arrays.asList(words));
  }

  /**
   * The first position at or after {@code from} where one of the words may open, or -1: a character
   * a word opens with, not preceded by a letter, followed by the word's second character.
   */
  int next(String text, int from) {
    int length = text.length();
    for (int i = Math.max(0, from); i < length; i++) {
      char c = text.charAt(i);
      if (!has(firsts, c) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      if (has(singles, c)
          || i + 1 < length && Arrays.binarySearch(pairs, c << 16 | text.charAt(i + 1)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What {@code matcher.find(from)} does for a pattern that matches only where one of the words
   * opens and looks behind itself for a letter: the leftmost match at or after {@code from}. The
   * matcher must be the text's, with transparent bounds, so that its look-behind sees the text
   * before the position it tries, as {@code find} would.
   */
  boolean find(Matcher matcher, String text, int from) {
    for (int i = next(text, from); i >= 0; i = next(text, i + 1)) {
      if (matcher.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static void set(long[] bits, char c) {
    bits[c >>> 6] |= 1L << c;
  }

  private static boolean has(long[] bits, char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}
