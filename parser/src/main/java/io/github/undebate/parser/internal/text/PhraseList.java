package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of lower-case phrases from a data table ("read more", "permanent mission of", "thank you")
 * and the ways the readers look for them in a line, ignoring case as {@code
 * text.toLowerCase(Locale.ROOT)} does. The speed trick lives here, not in the rules: most texts are
 * compared in place ({@link RootLowerCase}) without a lower-cased copy, and a phrase is tried only
 * where the text holds its first character. Immutable and safe to share.
 */
public final class PhraseList {
  private final List<String> phrases;
  // the phrases' first characters, in order: the phrase at k opens with firstCharacters[k]
  private final String firstCharacters;
  // the ASCII ones among them, as bits: most characters of a text open no phrase
  private final long[] asciiFirsts;
  // whether the prefix entry "*" makes every line one of the phrases
  private final boolean matchesAnyLine;
  // each phrase's anchor letter ({@link #isIn}), or null when a phrase has none
  private final char[] anchors;
  private final int[] anchorAt;
  // the longest phrase's length: a text is compared with the phrases only so far from its start
  private final int longest;
  // for isLine, made when first asked: most lists are never asked (all fields final, so a list
  // shared between threads sees it whole or not at all, and makes it again at worst)
  private WholeLines wholeLines;

  /**
   * The ASCII letters from the rarest in prose to the commonest, without "i" and "k": a capital I
   * with dot and the Kelvin sign lower-case to those too, and only to those, so that any other
   * letter stands in a lower-cased text only where it or its capital stands in the text.
   */
  private static final String RARE_FIRST = "zqxjvbpygfwmucldrhsnoate";

  private PhraseList(List<String> phrases) {
    this.phrases = phrases;
    this.firstCharacters = RootLowerCase.firstCharacters(phrases);
    this.asciiFirsts = RootLowerCase.asciiSet(firstCharacters);
    this.matchesAnyLine = phrases.contains("*");
    this.longest = phrases.stream().mapToInt(String::length).max().orElse(0);
    char[] letters = new char[phrases.size()];
    int[] at = new int[phrases.size()];
    boolean anchored = true;
    for (int k = 0; k < phrases.size() && anchored; k++) {
      String p = phrases.get(k);
      int best = -1;
      for (int j = 0; j < p.length(); j++) {
        char c = p.charAt(j);
        if (c >= 128) {
          best = -1; // a phrase beyond ASCII is looked for in a lower-cased copy, as before
          break;
        }
        int rank = RARE_FIRST.indexOf(c);
        if (rank >= 0 && (best < 0 || rank < RARE_FIRST.indexOf(p.charAt(best)))) {
          best = j;
        }
      }
      anchored = best >= 0;
      if (anchored) {
        letters[k] = p.charAt(best);
        at[k] = best;
      }
    }
    this.anchors = anchored ? letters : null;
    this.anchorAt = anchored ? at : null;
  }

  /**
   * A list of the phrases, in the order given (the order in which {@link #leadingWord} tries them).
   *
   * @throws IllegalArgumentException when a phrase is empty or not in lower case
   */
  public static PhraseList of(List<String> phrases) {
    for (String p : phrases) {
      if (p.isEmpty() || !p.equals(p.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "phrases must be non-empty and lower case, was \"" + p + "\"");
      }
    }
    return new PhraseList(List.copyOf(phrases));
  }

  /** The phrases, in order. */
  public List<String> phrases() {
    return phrases;
  }

  /**
   * Whether the text, lower-cased, holds any of the phrases anywhere. When every phrase is ASCII
   * and has a letter other than "i" and "k", each phrase is looked for only where its rarest letter
   * ({@link #RARE_FIRST}) stands, in either case, found by {@code indexOf}: a long text is not read
   * a character at a time.
   */
  public boolean isIn(String text) {
    if (anchors == null) {
      return isInLowerCased(text);
    }
    for (int k = 0; k < phrases.size(); k++) {
      char letter = anchors[k];
      if (anchorAlreadyTried(k, letter)) {
        continue;
      }
      char capital = (char) (letter - ('a' - 'A'));
      if (anchoredIn(text, letter) || anchoredIn(text, capital)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase before {@code k} has the same anchor letter, so its places were tried. */
  private boolean anchorAlreadyTried(int k, char letter) {
    for (int j = 0; j < k; j++) {
      if (anchors[j] == letter) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase anchored on {@code letter}'s case stands where it does in the text. */
  private boolean anchoredIn(String text, char variant) {
    char letter = variant < 'a' ? (char) (variant + ('a' - 'A')) : variant;
    for (int h = text.indexOf(variant); h >= 0; h = text.indexOf(variant, h + 1)) {
      for (int k = 0; k < phrases.size(); k++) {
        if (anchors[k] == letter && lowerCasedAt(text, h - anchorAt[k], phrases.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the text lower-cased ({@code toLowerCase(Locale.ROOT)}) holds the ASCII phrase where
   * the text's {@code start} stands: each character lower-cases alone to the phrase's, and a
   * capital I with dot, which lower-cases to two, only as the last ("i" and a combining dot).
   * Surrogates and a capital sigma lower-case to no ASCII character.
   */
  static boolean lowerCasedAt(String text, int start, String phrase) {
    int n = phrase.length();
    if (start < 0 || start + n > text.length()) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      char c = text.charAt(start + j);
      if (Character.toLowerCase(c) != phrase.charAt(j) || c == '\u0130' && j < n - 1) {
        return false;
      }
    }
    return true;
  }

  /** {@link #isIn} as the text lower-cased (in place where it can be) shows it. */
  boolean isInLowerCased(String text) {
    if (RootLowerCase.isSimple(text)) {
      return RootLowerCase.containsAny(text, phrases, firstCharacters, asciiFirsts);
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      if (t.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text, lower-cased, starts with any of the phrases. */
  public boolean opens(String text) {
    if (!mayOpen(text)) {
      return false;
    }
    if (text.isEmpty()) {
      return false; // no phrase is empty
    }
    boolean simple = RootLowerCase.isSimple(text, longest);
    String t = simple ? text : text.toLowerCase(Locale.ROOT);
    // only the phrases that open with the text's first character, lower-cased
    char first = simple ? RootLowerCase.charAt(t, 0) : t.charAt(0);
    for (int k = firstCharacters.indexOf(first);
        k >= 0;
        k = firstCharacters.indexOf(first, k + 1)) {
      String phrase = phrases.get(k);
      if (simple ? RootLowerCase.startsWith(t, phrase) : t.startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of the first phrase, in list order, that the lower-cased text starts with as whole
   * words (no letter right after it), or -1. The length is that of the phrase, which is the length
   * of the text it covers unless lower-casing changed the text's length.
   */
  public int leadingWord(String text) {
    if (!mayOpen(text)) {
      return -1;
    }
    // the character after a phrase is read too; a text longer than that is longer lower-cased
    if (text.isEmpty()) {
      return -1; // no phrase is empty
    }
    boolean simple = RootLowerCase.isSimple(text, longest + 1);
    String lower = simple ? text : text.toLowerCase(Locale.ROOT);
    // only the phrases that open with the text's first character lower-cased, in list order: a
    // list of posts or honorifics has hundreds
    char first = simple ? RootLowerCase.charAt(lower, 0) : lower.charAt(0);
    for (int k = firstCharacters.indexOf(first);
        k >= 0;
        k = firstCharacters.indexOf(first, k + 1)) {
      String phrase = phrases.get(k);
      int n = phrase.length();
      if ((simple ? RootLowerCase.startsWith(lower, phrase) : lower.startsWith(phrase))
          && (lower.length() == n
              || !Character.isLetter(simple ? RootLowerCase.charAt(lower, n) : lower.charAt(n)))) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Whether the lower-cased text is one of the phrases as a whole, or starts with a phrase that
   * ends in {@code *} (a prefix entry, the asterisk not compared).
   */
  public boolean isLine(String text) {
    if (!matchesAnyLine && !mayOpen(text)) {
      return false;
    }
    WholeLines whole = wholeLines;
    if (whole == null) {
      whole = new WholeLines(phrases);
      wholeLines = whole;
    }
    // a text longer than every phrase is longer lower-cased too: only prefix entries can match it,
    // and when its first character lower-cases alone, only those that open with that
    if (text.length() > longest
        && RootLowerCase.lowerCasesAlone(text.charAt(0))
        && whole.candidates(text.length(), Character.toLowerCase(text.charAt(0))).length == 0) {
      return false;
    }
    boolean simple = RootLowerCase.isSimple(text, longest);
    String t = simple ? text : text.toLowerCase(Locale.ROOT);
    char first = t.isEmpty() ? ' ' : simple ? Character.toLowerCase(t.charAt(0)) : t.charAt(0);
    for (int k : whole.candidates(t.length(), first)) {
      String phrase = phrases.get(k);
      int length = whole.compared(k);
      if (simple
          ? RootLowerCase.regionMatches(t, 0, phrase, length)
          : t.regionMatches(0, phrase, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a phrase may open the text: a text opens with a phrase only when its first character,
   * lower-cased alone (as in the whole text, but for surrogate pairs), opens one.
   */
  private boolean mayOpen(String text) {
    return text.isEmpty()
        || Character.isSurrogate(text.charAt(0))
        || firstCharacters.indexOf(Character.toLowerCase(text.charAt(0))) >= 0;
  }

  /** The phrases lower-cased (root locale), in order: for a table printed in any case. */
  public static List<String> lowerCase(List<String> entries) {
    List<String> out = new ArrayList<>(entries.size());
    for (String e : entries) {
      out.add(e.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}
