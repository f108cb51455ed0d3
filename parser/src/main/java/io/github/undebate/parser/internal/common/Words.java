package io.github.undebate.parser.internal.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into words for name matching and folds each word: case, accents and inner punctuation
 * do not count, so "Côte d’Ivoire", "COTE D'IVOIRE" and "Cote d'Ivoire" are the same words. An
 * apostrophe between letters and the dots of an initialism ("U.S.A.") stay inside a word, a
 * possessive "'s" is dropped ("Russia's" is "Russia"); every other non-letter separates words.
 * Arabic is folded as {@link ArabicLetters} says: without vowel marks and tatweel, its presentation
 * forms as the letters they show, and the spelling variants of alef, teh marbuta and alef maksura
 * as one letter each.
 */
public final class Words {
  private Words() {}

  /**
   * One word of a text.
   *
   * @param folded the word without accents, inner apostrophes and dots, in lower case
   * @param start offset of its first character in the text
   * @param end offset just after its last character (a final initialism dot included)
   * @param capitalized its first letter is upper case
   * @param upperCase it has no lower-case letter
   * @param breakBefore a comma, semicolon, colon, other sentence punctuation, or a full stop after
   *     a word of three or more letters stands between this word and the previous one, so a name
   *     may not run across
   */
  record Word(
      String folded,
      int start,
      int end,
      boolean capitalized,
      boolean upperCase,
      boolean breakBefore) {}

  /** The words of {@code text}, in order. */
  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    WordReader reader = new WordReader(text);
    while (reader.next()) {
      words.add(
          new Word(
              reader.folded().toString(),
              reader.start(),
              reader.end(),
              reader.capitalized(),
              reader.upperCase(),
              reader.breakBefore()));
    }
    return words;
  }

  /** The folded words of {@code name} joined by single spaces. */
  public static String key(String name) {
    StringBuilder key = new StringBuilder(name.length());
    appendKey(key, name);
    return key.toString();
  }

  /** Appends the folded words of {@code name}, joined by single spaces, to {@code key}. */
  static void appendKey(StringBuilder key, String name) {
    WordReader reader = new WordReader(name);
    boolean first = true;
    while (reader.next()) {
      if (!first) {
        key.append(' ');
      }
      key.append(reader.folded());
      first = false;
    }
  }

  /** {@code Character.isLetterOrDigit}, read without the tables for ASCII. */
  static boolean isLetterOrDigit(char c) {
    return c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c);
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** A character of a word beyond ASCII: a letter, a digit or a non-spacing mark. */
  static boolean isWordCharacter(char d) {
    return Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
  }

  static boolean isHardBreak(char c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  static String fold(String word) {
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    // Marks already apart go before decomposing: the normaliser orders a run of marks by
    // insertion, quadratic in the run's length, and a crafted "word" can be all marks.
    // Arabic only where the word has a character from U+0600 on: see ArabicLetters
    boolean arabic = ArabicLetters.mayHold(word);
    String decomposed =
        Normalizer.normalize(
            withoutMarks(arabic ? ArabicLetters.unjoined(word) : word), Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        if (!arabic) {
          folded.append(c);
        } else if (ArabicLetters.folded(c) != ArabicLetters.LEFT_OUT) {
          // decomposing took the hamza off alef, and the vowel marks
          folded.append(ArabicLetters.folded(c));
        }
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  private static String withoutMarks(String word) {
    StringBuilder out = null;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (out == null) {
          out = new StringBuilder(word.length()).append(word, 0, k);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? word : out.toString();
  }
}
