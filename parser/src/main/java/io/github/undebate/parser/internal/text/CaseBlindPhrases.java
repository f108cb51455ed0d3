package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several {@link CaseBlindPhrase}s found in a text without folding it: each phrase is compared only
 * where its rarest ASCII letter stands in either case ({@code indexOf}, far faster than a loop over
 * the characters), a phrase without one at each place where a word may start with its first
 * character. Characters are compared folded as {@link String#regionMatches(boolean, int, String,
 * int, int)} compares them, case-blind as the phrase's pattern does. Nothing the size of the text
 * is allocated (folding a whole speech cost General Debate parsing a quarter of its allocation).
 * Immutable and safe to share.
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

  /**
   * For each of {@link #otherFirst}, every character that folds to it: where a phrase that opens
   * beyond ASCII may start is found by {@code indexOf} of each, not by reading every character.
   */
  private final char[][] otherVariants;

  /**
   * The ASCII letters from the rarest in prose to the commonest, without "i", "k" and "s": other
   * characters fold to those three too (dotted and dotless I, the Kelvin sign, long s), and only to
   * them, so that any other letter stands folded in a text only where it or its capital stands.
   */
  private static final String RARE_FIRST = "zqxjvbpygfwmucldrhnoate";

  /** For each phrase, where its rarest letter stands in it ({@link #RARE_FIRST}), or -1. */
  private final int[] anchorAt;

  /** The phrases' rarest letters, and the phrases of each. */
  private final char[] anchorLetters;

  private final int[][] anchorMembers;

  /**
   * For each anchor letter, the folded characters that follow it in its phrases, or null when a
   * phrase ends with it: a place where the text's next character folds to none of them is skipped.
   */
  private final String[] anchorNext;

  /** Whether a phrase has no such letter, and whether one of those opens with ASCII. */
  private final boolean rest;

  private final boolean restAsciiFirst;

  private CaseBlindPhrases(List<String> phrases) {
    if (phrases.size() >= 1 << 20) {
      throw new IllegalArgumentException("too many phrases: " + phrases.size());
    }
    this.phrases = new String[phrases.size()];
    this.folded = new char[phrases.size()][];
    this.anchorAt = new int[phrases.size()];
    Map<Character, List<Integer>> first = new HashMap<>();
    Map<Character, List<Integer>> anchored = new TreeMap<>();
    boolean anyRest = false;
    boolean anyRestAscii = false;
    for (int i = 0; i < phrases.size(); i++) {
      String p = phrases.get(i).strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("a phrase must not be blank");
      }
      this.phrases[i] = p;
      this.folded[i] = CaseBlindPhrase.fold(p).toCharArray();
      anchorAt[i] = anchor(folded[i]);
      if (anchorAt[i] < 0) {
        first.computeIfAbsent(CaseBlindPhrase.fold(p.charAt(0)), c -> new ArrayList<>()).add(i);
        anyRest = true;
        anyRestAscii |= CaseBlindPhrase.fold(p.charAt(0)) < 128;
      } else {
        anchored.computeIfAbsent(folded[i][anchorAt[i]], c -> new ArrayList<>()).add(i);
      }
    }
    this.rest = anyRest;
    this.restAsciiFirst = anyRestAscii;
    this.anchorLetters = new char[anchored.size()];
    this.anchorMembers = new int[anchored.size()][];
    this.anchorNext = new String[anchored.size()];
    int g = 0;
    for (Map.Entry<Character, List<Integer>> e : anchored.entrySet()) {
      anchorLetters[g] = e.getKey();
      anchorMembers[g] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      StringBuilder next = new StringBuilder();
      for (int k : anchorMembers[g]) {
        if (anchorAt[k] + 1 == folded[k].length) {
          next = null;
          break;
        }
        next.append(folded[k][anchorAt[k] + 1]);
      }
      anchorNext[g++] = next == null ? null : next.toString();
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
    this.otherVariants = variants(otherFirst);
  }

  /**
   * The characters beyond ASCII that fold to something other than themselves, their upper case or
   * their title case of what they fold to ("\u00B5" micro sign to mu, final sigma, the Kelvin-like
   * signs, Cyrillic letter variants): with those three, every character that folds to a character
   * beyond ASCII, as {@code onlyTheseFoldToACharacterBeyondAscii} in the test checks over the whole
   * BMP. Listed here, not found by reading all 65,536 characters, which took 50 ms at start-up.
   */
  private static final String UNUSUAL_FOLDS =
      "\u00B5\u0345\u03C2\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F4\u03F5\u1C80\u1C81\u1C82"
          + "\u1C83\u1C84\u1C85\u1C86\u1C87\u1C88\u1E9B\u1E9E\u1FBE\u2126\u212B";

  /** For each folded character (none ASCII), the characters that fold to it. */
  private static char[][] variants(char[] folded) {
    char[][] variants = new char[folded.length][];
    for (int k = 0; k < folded.length; k++) {
      variants[k] = variants(folded[k]);
    }
    return variants;
  }

  /** The characters that fold to {@code folded}, a character beyond ASCII. */
  static char[] variants(char folded) {
    StringBuilder found = new StringBuilder();
    String candidates =
        new StringBuilder()
            .append(folded)
            .append(Character.toUpperCase(folded))
            .append(Character.toTitleCase(folded))
            .append(UNUSUAL_FOLDS)
            .toString();
    for (int i = 0; i < candidates.length(); i++) {
      char c = candidates.charAt(i);
      if (CaseBlindPhrase.fold(c) == folded && found.indexOf(String.valueOf(c)) < 0) {
        found.append(c);
      }
    }
    return found.toString().toCharArray();
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
   * different phrases may. A phrase is tried only where its rarest letter stands, in either case,
   * found by {@code indexOf}; one without such a letter where its first character stands.
   */
  public void find(String text, Match match) {
    int[] nextFree = new int[phrases.length];
    Found found = new Found();
    for (int g = 0; g < anchorLetters.length; g++) {
      findAnchored(text, g, nextFree, found);
    }
    if (rest) {
      if (restAsciiFirst) {
        findAtWordStarts(text, nextFree, found);
      } else {
        findBeyondAscii(text, nextFree, found);
      }
    }
    found.report(match);
  }

  /** The matches found, as (start, phrase) in one long each, reported in text order. */
  private static final class Found {
    private long[] matches = new long[16];
    private int count;

    void add(int start, int phrase) {
      if (count == matches.length) {
        matches = Arrays.copyOf(matches, count * 2);
      }
      matches[count++] = (long) start << 20 | phrase;
    }

    /** In text order, and at one place in the phrases' order, as one pass found them. */
    void report(Match match) {
      Arrays.sort(matches, 0, count);
      for (int i = 0; i < count; i++) {
        match.found((int) (matches[i] & ((1 << 20) - 1)), (int) (matches[i] >>> 20));
      }
    }
  }

  /**
   * The matches of the phrases anchored on one letter: its places in either case, in text order, so
   * that each phrase's matches come in order.
   */
  private void findAnchored(String text, int g, int[] nextFree, Found found) {
    char lower = anchorLetters[g];
    char upper = (char) (lower - ('a' - 'A'));
    int[] members = anchorMembers[g];
    String next = anchorNext[g];
    int l = text.indexOf(lower);
    int u = text.indexOf(upper);
    while (l >= 0 || u >= 0) {
      int h;
      if (u < 0 || l >= 0 && l < u) {
        h = l;
        l = text.indexOf(lower, l + 1);
      } else {
        h = u;
        u = text.indexOf(upper, u + 1);
      }
      if (next != null
          && (h + 1 >= text.length()
              || next.indexOf(CaseBlindPhrase.fold(text.charAt(h + 1))) < 0)) {
        continue; // no phrase of this letter goes on so
      }
      for (int k : members) {
        int start = h - anchorAt[k];
        if (start >= nextFree[k] && wholeAt(text, start, k)) {
          nextFree[k] = start + phrases[k].length();
          found.add(start, k);
        }
      }
    }
  }

  /**
   * Whether phrase {@code k} stands folded at {@code start} as whole words; its letter at {@code
   * anchorAt[k]} is known to stand there. The characters after it are compared first: most places
   * of a letter differ right after it, and several phrases share the letter's places.
   */
  private boolean wholeAt(String text, int start, int k) {
    int end = start + phrases[k].length();
    if (start < 0 || end > text.length()) {
      return false;
    }
    char[] f = folded[k];
    for (int q = anchorAt[k] + 1; q < f.length; q++) {
      if (CaseBlindPhrase.fold(text.charAt(start + q)) != f[q]) {
        return false;
      }
    }
    for (int q = anchorAt[k] - 1; q >= 0; q--) {
      if (CaseBlindPhrase.fold(text.charAt(start + q)) != f[q]) {
        return false;
      }
    }
    return (start == 0 || !isLetter(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetter(text.codePointAt(end)));
  }

  /**
   * The matches of the phrases without a letter to look for, when none opens with ASCII: only a
   * character beyond ASCII can start one, and only one that folds to a phrase's first character.
   * Their places are found by {@code indexOf} of each such character, in text order, not by reading
   * the text a character at a time (a fifth of the General Debate's time in the venue cues went to
   * that reading, for one Russian cue; a text without a character beyond Latin-1 is not read at
   * all).
   */
  private void findBeyondAscii(String text, int[] nextFree, Found found) {
    for (int g = 0; g < otherFirst.length; g++) {
      char[] variants = otherVariants[g];
      int[] next = new int[variants.length];
      for (int v = 0; v < variants.length; v++) {
        next[v] = text.indexOf(variants[v]);
      }
      while (true) {
        int v = -1; // the variant that stands first from here
        for (int w = 0; w < variants.length; w++) {
          if (next[w] >= 0 && (v < 0 || next[w] < next[v])) {
            v = w;
          }
        }
        if (v < 0) {
          break;
        }
        int i = next[v];
        next[v] = text.indexOf(variants[v], i + 1);
        if (i > 0 && isLetter(text.charAt(i - 1))) {
          continue;
        }
        tryAt(text, i, byOtherFirst[g], nextFree, found);
      }
    }
  }

  /**
   * The matches of the phrases without a letter to look for, at every place where a word may start:
   * the char before as the pattern's look-behind reads it (a surrogate is no letter).
   */
  private void findAtWordStarts(String text, int[] nextFree, Found found) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && isLetter(text.charAt(i - 1))) {
        continue;
      }
      int[] candidates = candidates(text.charAt(i));
      if (candidates != null) {
        tryAt(text, i, candidates, nextFree, found);
      }
    }
  }

  /** Tries the candidates, which open with the text's character at {@code i}, there. */
  private void tryAt(String text, int i, int[] candidates, int[] nextFree, Found found) {
    int n = text.length();
    for (int k : candidates) {
      int end = i + phrases[k].length();
      if (i >= nextFree[k]
          && end <= n
          && foldedAt(text, i, folded[k])
          && (end == n || !Character.isLetter(text.codePointAt(end)))) {
        nextFree[k] = end;
        found.add(i, k);
      }
    }
  }

  /** Where the phrase's rarest letter stands in it ({@link #RARE_FIRST}), or -1 for none. */
  private static int anchor(char[] folded) {
    int best = -1;
    for (int q = 0; q < folded.length; q++) {
      int rank = folded[q] < 128 ? RARE_FIRST.indexOf(folded[q]) : -1;
      if (rank >= 0 && (best < 0 || rank < RARE_FIRST.indexOf(folded[best]))) {
        best = q;
      }
    }
    return best;
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
