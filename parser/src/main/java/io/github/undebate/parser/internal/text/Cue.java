package io.github.undebate.parser.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern matches in a text, as repeated {@code find()} calls would see it, tried only
 * where one of the words it can open with stands (transparent bounds let the pattern see the text
 * before). Searches go forward: each starts at or after the previous one. One cue serves one search
 * on one thread.
 */
public final class Cue {
  private final String text;
  private final Matcher matcher;
  private final String[] openings;
  private final int[] next; // where each opening next stands, or -1
  private final boolean wordStart;
  private final boolean wholeWords;

  /**
   * A cue for the pattern in the text.
   *
   * @param openings the literal texts every match of the pattern starts with ("As ", "as ")
   */
  public Cue(Pattern pattern, String text, String... openings) {
    this(pattern, text, false, false, openings);
  }

  /**
   * A cue for a pattern that opens with a word boundary before a word character ({@code \\b} then a
   * letter): a place right after a letter, digit or underscore, where that boundary cannot hold, is
   * not tried.
   */
  public static Cue atWordStart(Pattern pattern, String text, String... openings) {
    return new Cue(pattern, text, true, false, openings);
  }

  /**
   * A cue for a pattern that matches one of the openings as a whole word, {@code \b(?:I|me|my)\b}
   * with openings "I", "me", "my": besides the places {@link #atWordStart} leaves out, a place
   * where an ASCII letter, digit or underscore follows the opening ("In", "members") is not tried,
   * as the closing boundary cannot hold there.
   *
   * @throws IllegalArgumentException when an opening is a prefix of another (the longer one could
   *     match where the shorter goes on)
   */
  public static Cue atWholeWords(Pattern pattern, String text, String... openings) {
    for (String a : openings) {
      for (String b : openings) {
        if (a != b && b.startsWith(a)) {
          throw new IllegalArgumentException("\"" + a + "\" opens \"" + b + "\"");
        }
      }
    }
    return new Cue(pattern, text, true, true, openings);
  }

  private Cue(
      Pattern pattern, String text, boolean wordStart, boolean wholeWords, String... openings) {
    this.wordStart = wordStart;
    this.wholeWords = wholeWords;
    this.text = text;
    this.matcher = pattern.matcher(text).useTransparentBounds(true);
    this.openings = openings;
    this.next = new int[openings.length];
    for (int k = 0; k < openings.length; k++) {
      next[k] = text.indexOf(openings[k]);
    }
  }

  /** The first place at or after {@code from} where the pattern matches, or -1. */
  public int find(int from) {
    while (true) {
      int p = -1;
      int opening = -1;
      for (int k = 0; k < openings.length; k++) {
        if (next[k] >= 0 && next[k] < from) {
          next[k] = text.indexOf(openings[k], from);
        }
        if (next[k] >= 0 && (p < 0 || next[k] < p)) {
          p = next[k];
          opening = k;
        }
      }
      if (p < 0) {
        return -1;
      }
      if (wordStart && p > 0 && isWordCharacter(text.charAt(p - 1))) {
        from = p + 1;
        continue;
      }
      if (wholeWords && goesOn(p, openings[opening])) {
        from = p + 1;
        continue;
      }
      matcher.region(p, text.length());
      if (matcher.lookingAt()) {
        return p;
      }
      from = p + 1;
    }
  }

  /**
   * Whether the word goes on after the opening at {@code p}: the opening ends with a word character
   * and an ASCII letter, digit or underscore follows it, so no boundary stands between them.
   */
  private boolean goesOn(int p, String opening) {
    int after = p + opening.length();
    if (after >= text.length() || !isWordCharacter(opening.charAt(opening.length() - 1))) {
      return false;
    }
    char c = text.charAt(after);
    return c < 128 && (c == '_' || Character.isLetterOrDigit(c));
  }

  /** A character {@code \\b} counts as part of a word: a letter, a digit or an underscore. */
  private static boolean isWordCharacter(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** The matcher, holding the last match {@link #find} returned. */
  public Matcher matcher() {
    return matcher;
  }
}
