package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** For each first character, folded: the indexes of the phrases that start with it. */
  private final int[][] byAsciiFirst = new int[128][];

  private final Map<Character, int[]> byOtherFirst;

  private CaseBlindPhrases(List<String> phrases) {
    this.phrases = new String[phrases.size()];
    Map<Character, List<Integer>> first = new HashMap<>();
    for (int i = 0; i < phrases.size(); i++) {
      String p = phrases.get(i).strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("a phrase must not be blank");
      }
      this.phrases[i] = p;
      first.computeIfAbsent(CaseBlindPhrase.fold(p.charAt(0)), c -> new ArrayList<>()).add(i);
    }
    Map<Character, int[]> other = new HashMap<>();
    first.forEach(
        (c, list) -> {
          int[] indexes = list.stream().mapToInt(Integer::intValue).toArray();
          if (c < 128) {
            byAsciiFirst[c] = indexes;
          } else {
            other.put(c, indexes);
          }
        });
    this.byOtherFirst = Map.copyOf(other);
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
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // the char before, as the pattern's look-behind reads it (a surrogate is no letter)
      if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      char f = CaseBlindPhrase.fold(c);
      int[] candidates = f < 128 ? byAsciiFirst[f] : byOtherFirst.get(f);
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        String p = phrases[k];
        int end = i + p.length();
        if (i >= nextFree[k]
            && end <= n
            && text.regionMatches(true, i, p, 0, p.length())
            && (end == n || !Character.isLetter(text.codePointAt(end)))) {
          nextFree[k] = end;
          match.found(k, i);
        }
      }
    }
  }
}
