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
 */
final class Words {
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
    int n = text.length();
    int i = 0;
    boolean pendingBreak = false;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (isHardBreak(c)) {
          pendingBreak = true;
        } else if (c == '.' && !words.isEmpty() && words.get(words.size() - 1).end() == i) {
          Word last = words.get(words.size() - 1);
          if (last.end() - last.start() >= 3) {
            pendingBreak = true;
          }
        }
        i++;
        continue;
      }
      int start = i;
      StringBuilder raw = new StringBuilder();
      int segment = 0;
      boolean initialism = false;
      boolean possessive = false;
      boolean hasLower = false;
      int end = i;
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          raw.append(d);
          hasLower |= Character.isLowerCase(d);
          segment++;
          i++;
          end = i;
        } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
              && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
            // a possessive: "Russia's" is the word "Russia"
            possessive = true;
            break;
          }
          i++;
          segment = 0;
        } else if (d == '.'
            && segment == 1
            && i + 1 < n
            && Character.isLetter(text.charAt(i + 1))
            && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
          // a dot between single letters: an initialism such as U.S.A.
          i++;
          segment = 0;
          initialism = true;
        } else {
          break;
        }
      }
      if (possessive) {
        i += 2;
      } else if (initialism && segment == 1 && i < n && text.charAt(i) == '.') {
        end = i + 1;
        i++;
      }
      String word = raw.toString();
      words.add(
          new Word(
              fold(word),
              start,
              end,
              Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.charAt(0)),
              !hasLower,
              pendingBreak));
      pendingBreak = false;
    }
    return words;
  }

  /** The folded words of {@code name} joined by single spaces. */
  static String key(String name) {
    StringBuilder key = new StringBuilder();
    for (Word word : of(name)) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word.folded());
    }
    return key.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
  }

  private static boolean isHardBreak(char c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  private static String fold(String word) {
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }
}
