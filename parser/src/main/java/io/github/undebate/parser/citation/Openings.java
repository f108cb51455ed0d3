package io.github.undebate.parser.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where a word of a list opens in a text: at the start of a word (no letter before it), the word's
 * characters up to its first space. A form's pattern then runs only there, anchored, instead of
 * being tried at every position of the text.
 *
 * <p>An opening is a necessary condition only: the pattern still decides, so a pattern whose
 * keywords are these words finds exactly what it found before, only sooner. The words match as
 * written (case counts); a space in a word stands for any whitespace, as in {@link
 * Phrases#alternation}, so only the part before the first space is compared.
 *
 * <p>A few words (a keyword in its three cases) are searched for one by one with {@link
 * String#indexOf(String, int)}, which the JVM vectorises; longer lists are found by one scan that
 * looks each character up in a table of the words' first characters. Immutable; the {@link Cursor}
 * that walks one text is not.
 */
final class Openings {
  /** Lists of at most this many heads are searched for head by head. */
  private static final int MOST_SEARCHED = 3;

  /** The number of buckets the longer heads are hashed into by their first two characters. */
  private static final int BUCKETS = 256;

  /** A bit for every character a word opens with. */
  private final long[] firsts = new long[1024];

  /** A bit for every character that is a whole word's head by itself. */
  private final long[] singles = new long[1024];

  /** The longer heads by the hash of their first two characters; null for an empty bucket. */
  private final String[][] heads = new String[BUCKETS][];

  /** The heads none of which starts with another, searched for one by one; null for a scan. */
  private final String[] searched;

  private Openings(Collection<String> words) {
    List<List<String>> buckets = new ArrayList<>();
    for (int i = 0; i < BUCKETS; i++) {
      buckets.add(new ArrayList<>());
    }
    List<String> all = new ArrayList<>();
    for (String word : words) {
      String head = head(word);
      all.add(head);
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
    List<String> shortest = new ArrayList<>();
    for (String head : all) {
      if (all.stream().noneMatch(h -> h.length() < head.length() && head.startsWith(h))
          && !shortest.contains(head)) {
        shortest.add(head);
      }
    }
    searched = shortest.size() <= MOST_SEARCHED ? shortest.toArray(String[]::new) : null;
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

  /** A cursor over the openings in the text. */
  Cursor in(String text) {
    return new Cursor(text);
  }

  /** Whether one of the words opens somewhere in the text. */
  boolean occurIn(String text) {
    return in(text).next(0) >= 0;
  }

  /**
   * The openings of one text, in order. Remembers where each searched head occurs next, so that
   * walking the text costs one search per head and occurrence however often it is asked.
   */
  final class Cursor {
    private final String text;

    /** Where each searched head occurs next from {@link #searchedFrom}; MAX_VALUE for nowhere. */
    private final int[] at;

    private final int[] searchedFrom;

    private Cursor(String text) {
      this.text = text;
      if (searched == null) {
        at = null;
        searchedFrom = null;
      } else {
        at = new int[searched.length];
        searchedFrom = new int[searched.length];
        Arrays.fill(searchedFrom, Integer.MAX_VALUE);
      }
    }

    /** The first position at or after {@code from} where one of the words opens, or -1. */
    int next(int from) {
      int pos = Math.max(0, from);
      if (searched == null) {
        return scan(text, pos);
      }
      while (true) {
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < searched.length; k++) {
          if (pos < searchedFrom[k] || at[k] < pos) {
            int i = text.indexOf(searched[k], pos);
            at[k] = i < 0 ? Integer.MAX_VALUE : i;
            searchedFrom[k] = pos;
          }
          best = Math.min(best, at[k]);
        }
        if (best == Integer.MAX_VALUE) {
          return -1;
        }
        if (best == 0 || !isLetter(text.charAt(best - 1))) {
          return best;
        }
        pos = best + 1;
      }
    }

    /**
     * What {@code matcher.find(from)} does for a pattern that matches only where one of the words
     * opens and looks behind itself for a letter: the leftmost match at or after {@code from}. The
     * matcher must be this text's, with transparent bounds, so that its look-behind sees the text
     * before the position it tries, as {@code find} would.
     */
    boolean find(Matcher matcher, int from) {
      for (int i = next(from); i >= 0; i = next(i + 1)) {
        if (matcher.region(i, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The first opening at or after {@code from} by the table: a character a word opens with, not
   * preceded by a letter, then the rest of the word's head.
   */
  private int scan(String text, int from) {
    int length = text.length();
    for (int i = from; i < length; i++) {
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
