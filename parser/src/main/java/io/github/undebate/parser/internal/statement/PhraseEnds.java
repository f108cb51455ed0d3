package io.github.undebate.parser.internal.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list of phrases by their first and by their last character, each group in the list's order: a
 * text is compared only with the phrases that can open or end it, and a loop that takes the first
 * phrase that fits takes the same one; and a phrase matched as whole words at either end of a text,
 * read by offsets in the text rather than in copies of its parts (issue 14). A {@link FoldedWindow}
 * is asked only whether it holds the places read ({@link FoldedWindow#has}), never for its length,
 * so that it is folded only as far as a phrase at its start reads. Immutable.
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
  String[] opening(CharSequence text) {
    return !FoldedWindow.has(text, 0) ? NONE : opening(text.charAt(0));
  }

  /** The phrases that end the text may be, in order: those with its last character. */
  String[] ending(String text) {
    return text.isEmpty() ? NONE : ending(text.charAt(text.length() - 1));
  }

  /** The phrases that end with {@code c}, in order. */
  String[] ending(char c) {
    int at = java.util.Arrays.binarySearch(lasts, c);
    return at >= 0 ? byLast[at] : NONE;
  }

  /**
   * The first phrase, in order, that opens {@code text} at {@code at} as whole words ({@link
   * #startsWithWords}), or null.
   */
  String leading(CharSequence text, int at) {
    if (!FoldedWindow.has(text, at)) {
      return null;
    }
    for (String p : opening(text.charAt(at))) {
      if (startsWithWords(text, at, p)) {
        return p;
      }
    }
    return null;
  }

  /** Whether {@code text} up to {@code n}, trailing white space left out, ends with the words. */
  static boolean endsWithWords(CharSequence text, int n, String phrase) {
    int t = stripEnd(text, n);
    int at = t - phrase.length();
    if (at < 0 || !holds(text, at, phrase)) {
      return false;
    }
    return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
  }

  /** Whether the words open {@code text} at {@code at}. */
  static boolean startsWithWords(CharSequence text, int at, String phrase) {
    if (!holds(text, at, phrase)) {
      return false;
    }
    int end = at + phrase.length();
    return !FoldedWindow.has(text, end)
        || !Character.isLetterOrDigit(text.charAt(end))
        || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
  }

  /**
   * Where {@code s.substring(i).stripLeading()} starts, without the copy: white space is {@code
   * Character.isWhitespace} of each char (no code point beyond the BMP is white space).
   */
  static int stripStart(CharSequence s, int i) {
    while (FoldedWindow.has(s, i) && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where {@code s.substring(0, n).stripTrailing()} ends, without the copy. */
  static int stripEnd(CharSequence s, int n) {
    while (n > 0 && Character.isWhitespace(s.charAt(n - 1))) {
      n--;
    }
    return n;
  }

  /** Whether the phrase stands in the text at {@code at}, as {@link String#startsWith} says. */
  static boolean holds(CharSequence text, int at, String phrase) {
    if (at < 0 || !FoldedWindow.has(text, at + phrase.length() - 1)) {
      return false;
    }
    for (int k = 0; k < phrase.length(); k++) {
      if (text.charAt(at + k) != phrase.charAt(k)) {
        return false;
      }
    }
    return true;
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
