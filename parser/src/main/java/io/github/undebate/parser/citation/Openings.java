package io.github.undebate.parser.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Where a word of a list opens in a text: at the start of a word (no letter before it), the word's
 * characters up to its first space (its head). A form's pattern then runs only there, anchored,
 * instead of being tried at every position of the text.
 *
 * <p>An opening is a necessary condition only: the pattern still decides, so a pattern whose
 * keywords are these words finds exactly what it found before, only sooner. The words match as
 * written (case counts); a space in a word stands for any whitespace, as in {@link
 * Phrases#alternation}, so only the head is compared.
 *
 * <p>How the openings are found depends on the list, never what they are. A few needles (a keyword
 * in its cases, "esolu" for "resolution" in four languages) are searched for with {@link
 * String#indexOf(String, int)}, which the JVM vectorises; longer lists are found by one scan that
 * looks each character up in a table of the heads' first characters. Immutable; the {@link Cursor}
 * that walks one text is not.
 */
final class Openings {
  /** Lists that need at most this many needles are searched for needle by needle. */
  private static final int MOST_NEEDLES = 4;

  /** A needle shorter than this would match too often to be worth a search of its own. */
  private static final int SHORTEST_TAIL = 3;

  /** The number of buckets the heads are hashed into by their first two characters. */
  private static final int BUCKETS = 256;

  /** A bit for every character a head opens with. */
  private final long[] firsts = new long[1024];

  /** A bit for every character that is a whole head by itself. */
  private final long[] singles = new long[1024];

  /** The longer heads by the hash of their first two characters; null for an empty bucket. */
  private final String[][] heads = new String[BUCKETS][];

  /**
   * What is searched for: strings every head holds at {@link #offset} (0: the heads' common
   * beginnings; 1: the same after their first character, which is often only a change of case);
   * null when the table scan is cheaper.
   */
  private final String[] needles;

  private final int offset;

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
    List<String> beginnings = commonBeginnings(all, 0);
    List<String> tails = commonBeginnings(all, 1);
    boolean byTails =
        tails.size() < beginnings.size()
            && tails.stream().allMatch(t -> t.length() >= SHORTEST_TAIL);
    List<String> chosen = byTails ? tails : beginnings;
    needles = chosen.size() <= MOST_NEEDLES ? chosen.toArray(String[]::new) : null;
    offset = byTails ? 1 : 0;
  }

  /**
   * The heads from {@code skip} characters on, grouped by their first two characters there, each
   * group reduced to what all its members begin with.
   */
  private static List<String> commonBeginnings(List<String> heads, int skip) {
    Map<String, String> groups = new LinkedHashMap<>();
    for (String head : heads) {
      String rest = head.substring(Math.min(skip, head.length()));
      String key = rest.substring(0, Math.min(2, rest.length()));
      groups.merge(key, rest, Openings::commonPrefix);
    }
    return new ArrayList<>(groups.values());
  }

  private static String commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return a.substring(0, n);
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

  /**
   * Whether one of the words opens anywhere in the text; without the cursor's memory, for the many
   * texts where none does.
   */
  boolean occurIn(String text) {
    if (needles == null) {
      return new Cursor(text).next(0) >= 0;
    }
    for (String needle : needles) {
      for (int at = text.indexOf(needle, offset); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (opensAt(text, at - offset)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a head opens at {@code i}: not after a letter, and the text holds the head there. */
  private boolean opensAt(String text, int i) {
    char c = text.charAt(i);
    return has(firsts, c)
        && (i == 0 || !isLetter(text.charAt(i - 1)))
        && (has(singles, c) || headAt(text, i, c));
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
   * The openings of one text, in order. Remembers where each needle occurs next, so that walking
   * the text costs one search per needle and occurrence however often it is asked.
   */
  final class Cursor {
    private final String text;

    /**
     * For each needle k: at {@code 2k} where it occurs next (MAX_VALUE for nowhere), at {@code 2k +
     * 1} the position that was searched from.
     */
    private final int[] state;

    private Cursor(String text) {
      this.text = text;
      if (needles == null) {
        state = null;
      } else {
        state = new int[2 * needles.length];
        Arrays.fill(state, Integer.MAX_VALUE);
      }
    }

    /** The first position at or after {@code from} where one of the words opens, or -1. */
    int next(int from) {
      int pos = Math.max(0, from);
      if (needles == null) {
        for (int i = pos; i < text.length(); i++) {
          if (opensAt(text, i)) {
            return i;
          }
        }
        return -1;
      }
      while (true) {
        // every opening at or after pos holds a needle at or after pos + offset
        int lo = pos + offset;
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < needles.length; k++) {
          if (lo < state[2 * k + 1] || state[2 * k] < lo) {
            int at = text.indexOf(needles[k], lo);
            state[2 * k] = at < 0 ? Integer.MAX_VALUE : at;
            state[2 * k + 1] = lo;
          }
          best = Math.min(best, state[2 * k]);
        }
        if (best == Integer.MAX_VALUE) {
          return -1;
        }
        int i = best - offset;
        if (opensAt(text, i)) {
          return i;
        }
        pos = i + 1;
      }
    }

    /**
     * The first position at or after {@code from} where one of the words opens and is followed,
     * after its letters, by one white space of {@code \\s} and an ASCII digit ("rule 37", "decision
     * 68/505"), or -1: where a pattern needs a number after its word, a text that holds the word
     * only without one ("the rule of law", "decisions to conduct") need not make its matcher.
     */
    int nextNumbered(int from) {
      for (int i = next(from); i >= 0; i = next(i + 1)) {
        int end = i;
        while (end < text.length() && isLetter(text.charAt(end))) {
          end++;
        }
        if (end + 1 < text.length()) {
          char space = text.charAt(end);
          char digit = text.charAt(end + 1);
          if ((space == ' ' || space >= '\t' && space <= '\r') && digit >= '0' && digit <= '9') {
            return i;
          }
        }
      }
      return -1;
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
   * {@link Character#isLetter(char)}, the look-behind's {@code \p{L}}, without a call for ASCII.
   */
  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static void set(long[] bits, char c) {
    bits[c >>> 6] |= 1L << c;
  }

  private static boolean has(long[] bits, char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}
