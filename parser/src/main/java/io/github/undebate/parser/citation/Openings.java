package io.github.undebate.parser.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where a word of a list opens in a text: at the start of a word (no letter before it), the word's
 * characters up to its first space. A scan finds these with a table lookup per character and runs a
 * form's pattern only there, anchored, instead of trying the pattern at every position of the text.
 *
 * <p>An opening is a necessary condition only: the pattern still decides, so a pattern whose
 * keywords are these words finds exactly what it found before, only sooner. The words match as
 * written (case counts); a space in a word stands for any whitespace, as in {@link
 * Phrases#alternation}, so only the part before the first space is compared. Immutable.
 */
final class Openings {
  /** A bit for every character a word opens with. */
  private final long[] firsts = new long[1024];

  /** A bit for every character that is a whole word's head by itself. */
  private final long[] singles = new long[1024];

  /** The number of buckets the longer heads are hashed into by their first two characters. */
  private static final int BUCKETS = 256;

  /** The longer heads by the hash of their first two characters; null for an empty bucket. */
  private final String[][] heads = new String[BUCKETS][];

  private Openings(Collection<String> words) {
    List<List<String>> buckets = new ArrayList<>();
    for (int i = 0; i < BUCKETS; i++) {
      buckets.add(new ArrayList<>());
    }
    for (String word : words) {
      String head = head(word);
      set(firsts, head.charAt(0));
      if (head.length() == 1) {
        set(singles, head.charAt(0));
      } else if (!buckets.get(bucket(head.charAt(0), head.charAt(1))).contains(head)) {
        buckets.get(bucket(head.charAt(0), head.charAt(1))).add(head);
      }
    }
    for (int i = 0; i < BUCKETS; i++) {
      if (!buckets.get(i).isEmpty()) {
        heads[i] = buckets.get(i).toArray(String[]::new);
      }
    }
  }

  private static int bucket(char first, char second) {
    return (first * 31 + second) & (BUCKETS - 1);
  }

  /** The openings of the words. */
  static Openings of(Collection<String> words) {
    return new Openings(words);
  }

  /** The openings of the words. */
  static Openings of(String... words) {
    return new Openings(Arrays.asList(words));
  }

  /** The word up to its first whitespace: what the text must hold where the word opens. */
  private static String head(String word) {
    int end = 0;
    while (end < word.length() && !Character.isWhitespace(word.charAt(end))) {
      end++;
    }
    if (end == 0) {
      throw new IllegalArgumentException("a word must open with a non-space: \"" + word + "\"");
    }
    return word.substring(0, end);
  }

  /**
   * The first position at or after {@code from} where one of the words opens, or -1: the word's
   * head, not preceded by a letter.
   */
  int next(String text, int from) {
    int length = text.length();
    for (int i = Math.max(0, from); i < length; i++) {
      char c = text.charAt(i);
      if (has(firsts, c)
          && (i == 0 || !isLetter(text.charAt(i - 1)))
          && (has(singles, c) || headAt(text, i, c))) {
        return i;
      }
    }
    return -1;
  }

  private boolean headAt(String text, int i, char first) {
    if (i + 1 >= text.length()) {
      return false;
    }
    String[] bucket = heads[bucket(first, text.charAt(i + 1))];
    if (bucket == null) {
      return false;
    }
    for (String head : bucket) {
      if (text.startsWith(head, i)) {
        return true;
      }
    }
    return false;
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

  /**
   * {@link Character#isLetter(char)}, the look-behind's {@code \\p{L}}, without a call for ASCII.
   */
  static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static void set(long[] bits, char c) {
    bits[c >>> 6] |= 1L << c;
  }

  private static boolean has(long[] bits, char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}
