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

  private PhraseList(List<String> phrases) {
    this.phrases = phrases;
    this.firstCharacters = RootLowerCase.firstCharacters(phrases);
    this.asciiFirsts = RootLowerCase.asciiSet(firstCharacters);
    this.matchesAnyLine = phrases.contains("*");
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

  /** Whether the text, lower-cased, holds any of the phrases anywhere. */
  public boolean isIn(String text) {
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
    boolean simple = RootLowerCase.isSimple(text);
    String t = simple ? text : text.toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
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
    boolean simple = RootLowerCase.isSimple(text);
    String lower = simple ? text : text.toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
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
    boolean simple = RootLowerCase.isSimple(text);
    String t = simple ? text : text.toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      boolean prefix = phrase.endsWith("*");
      int length = prefix ? phrase.length() - 1 : phrase.length();
      if (prefix || t.length() == length) {
        if (simple
            ? RootLowerCase.regionMatches(t, 0, phrase, length)
            : t.regionMatches(0, phrase, 0, length)) {
          return true;
        }
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
