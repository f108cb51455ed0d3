package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several {@link CaseBlindPhrase}s found in one pass over a text, without folding it: at each place
 * where a word may start, only the phrases whose first character folds to the text's are compared,
 * with {@link String#regionMatches(boolean, int, String, int, int)}, which compares case-blind as
 * the phrase's pattern does. A long speech is read once for all its cue phrases and nothing is
 * allocated for it (folding a whole speech cost General Debate parsing a quarter of its
 * allocation). Immutable and safe to share.
 */
public final class CaseBlindPhrases {
  /** Receives each match: which phrase, by its index in the list given, and where it starts. */
  @FunctionalInterface
  public interface Match {
    /** Called once for each match, in text order. */
    void found(int phrase, int start);
  }

  private final String[] phrases;

  /** The phrases {@link CaseBlindPhrase#fold folded}. */
  private final char[][] folded;

  /** For each first character, folded: the indexes of the phrases that start with it. */
  private final int[][] byAsciiFirst = new int[128][];

  /** The other first characters, folded and sorted, and their phrases' indexes. */
  private final char[] otherFirst;

  private final int[][] byOtherFirst;

  private CaseBlindPhrases(List<String> phrases) {
    this.phrases = new String[phrases.size()];
    this.folded = new char[phrases.size()][];
    Map<Character, List<Integer>> first = new HashMap<>();
    for (int i = 0; i < phrases.size(); i++) {
      String p = phrases.get(i).strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("a phrase must not be blank");
      }
      this.phrases[i] = p;
      this.folded[i] = CaseBlindPhrase.fold(p).toCharArray();
      first.computeIfAbsent(CaseBlindPhrase.fold(p.charAt(0)), c -> new ArrayList<>()).add(i);
    }
    Map<Character, int[]> other = new TreeMap<>();
    first.forEach(
        (c, list) -> {
          int[] indexes = list.stream().mapToInt(Integer::intValue).toArray();
          if (c < 128) {
            byAsciiFirst[c] = indexes;
          } else {
            other.put(c, indexes);
          }
        });
    this.otherFirst = new char[other.size()];
    this.byOtherFirst = new int[other.size()][];
    int k = 0;
    for (Map.Entry<Character, int[]> e : other.entrySet()) {
      otherFirst[k] = e.getKey();
      byOtherFirst[k++] = e.getValue();
    }
  }

  /**
   * The phrases, each stripped.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public static CaseBlindPhrases of(List<String> phrases) {
    return new CaseBlindPhrases(phrases);
  }

  /**
   * Reports every match of every phrase as whole words, as each phrase's pattern would find them
   * searching on from its previous match's end: the matches of one phrase do not overlap, those of
   * different phrases may.
   */
  public void find(String text, Match match) {
    int[] nextFree = new int[phrases.length];
    int n = text.length();
    // The text is read in chunks copied into a small array: reading a String a char at a time
    // checks every index, which cost more than the search.
    char[] chunk = new char[Math.min(n, 2048)];
    char before = ' ';
    for (int from = 0; from < n; from += chunk.length) {
      int length = Math.min(chunk.length, n - from);
      text.getChars(from, from + length, chunk, 0);
      for (int j = 0; j < length; j++) {
        char c = chunk[j];
        char previous = before;
        before = c;
        // only where a word may start: the char before as the pattern's look-behind reads it (a
        // surrogate is no letter); most characters stand inside a word and end here
        if (from + j > 0 && isLetter(previous)) {
          continue;
        }
        int[] candidates = candidates(c);
        if (candidates == null) {
          continue;
        }
        int i = from + j;
        for (int k : candidates) {
          String p = phrases[k];
          int end = i + p.length();
          if (i >= nextFree[k]
              && end <= n
              && (j + p.length() <= length
                  ? foldedAt(chunk, j, folded[k])
                  : foldedAt(text, i, folded[k]))
              && (end == n || !Character.isLetter(text.codePointAt(end)))) {
            nextFree[k] = end;
            match.found(k, i);
          }
        }
      }
    }
  }

  /**
   * Whether the text holds the folded phrase at {@code i}, folded a character at a time: as {@link
   * String#regionMatches(boolean, int, String, int, int)} compares, since two characters fold alike
   * exactly when it finds them equal, but without its slow path for every character.
   */
  private static boolean foldedAt(String text, int i, char[] folded) {
    for (int q = 1; q < folded.length; q++) {
      if (CaseBlindPhrase.fold(text.charAt(i + q)) != folded[q]) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #foldedAt(String, int, char[])}, in the chunk of text copied out. */
  private static boolean foldedAt(char[] chunk, int j, char[] folded) {
    for (int q = 1; q < folded.length; q++) {
      if (CaseBlindPhrase.fold(chunk[j + q]) != folded[q]) {
        return false;
      }
    }
    return true;
  }

  /** The phrases that may start at a character, or null. */
  private int[] candidates(char c) {
    char f = CaseBlindPhrase.fold(c);
    if (f < 128) {
      return byAsciiFirst[f];
    }
    int at = Arrays.binarySearch(otherFirst, f);
    return at >= 0 ? byOtherFirst[at] : null;
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c);
  }
}
