package io.github.undebate.parser.internal.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list of phrases by their first and by their last character, each group in the list's order: a
 * text is compared only with the phrases that can open or end it, and a loop that takes the first
 * phrase that fits takes the same one. Immutable.
 */
final class PhraseEnds {
  private static final String[] NONE = {};

  private final char[] firsts;
  private final String[][] byFirst;
  private final char[] lasts;
  private final String[][] byLast;

  private PhraseEnds(List<String> phrases) {
    Map<Character, List<String>> first = new TreeMap<>();
    Map<Character, List<String>> last = new TreeMap<>();
    for (String p : phrases) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("a phrase must not be empty");
      }
      first.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p);
      last.computeIfAbsent(p.charAt(p.length() - 1), c -> new ArrayList<>()).add(p);
    }
    firsts = keys(first);
    byFirst = groups(first);
    lasts = keys(last);
    byLast = groups(last);
  }

  /** The phrases, none empty, in the order they are tried. */
  static PhraseEnds of(List<String> phrases) {
    return new PhraseEnds(phrases);
  }

  /** The phrases that open with {@code c}, in order. */
  String[] opening(char c) {
    int at = java.util.Arrays.binarySearch(firsts, c);
    return at >= 0 ? byFirst[at] : NONE;
  }

  /** The phrases that open the text may be, in order: those with its first character. */
  String[] opening(String text) {
    return text.isEmpty() ? NONE : opening(text.charAt(0));
  }

  /** The phrases that end the text may be, in order: those with its last character. */
  String[] ending(String text) {
    if (text.isEmpty()) {
      return NONE;
    }
    int at = java.util.Arrays.binarySearch(lasts, text.charAt(text.length() - 1));
    return at >= 0 ? byLast[at] : NONE;
  }

  private static char[] keys(Map<Character, List<String>> groups) {
    char[] keys = new char[groups.size()];
    int k = 0;
    for (char c : groups.keySet()) {
      keys[k++] = c;
    }
    return keys;
  }

  private static String[][] groups(Map<Character, List<String>> groups) {
    return groups.values().stream().map(l -> l.toArray(String[]::new)).toArray(String[][]::new);
  }
}
