package io.github.undebate.parser.internal.common;

import static io.github.undebate.parser.internal.common.Words.fold;
import static io.github.undebate.parser.internal.common.Words.isApostrophe;
import static io.github.undebate.parser.internal.common.Words.isAsciiLetterOrDigit;
import static io.github.undebate.parser.internal.common.Words.isLetterOrDigit;
import static io.github.undebate.parser.internal.common.Words.isWordCharacter;

import io.github.undebate.parser.internal.text.WordBuffer;

/**
 * Reads one word of a text as {@link WordReader} cuts it ({@link Words#of}), folding it on request,
 * and keeps what it found: where the word ends, where reading goes on, whether it has a small
 * letter and whether it is all ASCII. Apart from the reader so that the reader's walk stays short;
 * one scan serves one reader.
 */
final class WordScan {
  /** Where reading goes on after the word (after a possessive "'s" too). */
  int end;

  /** Where the word ends (a final initialism dot included). */
  int wordEnd;

  /** Whether the word has a small letter. */
  boolean hasLower;

  /** Whether the word is all ASCII. */
  boolean ascii;

  /**
   * The {@link String#hashCode} of the folded form of the word of ASCII letters and digits from
   * {@code from} to {@code to}: its letters and digits in small letters, without the apostrophes
   * and initialism dots between them, as {@link #read} folds such a word.
   */
  static int asciiFoldedHash(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        h = 31 * h + (c + ('a' - 'A'));
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        h = 31 * h + c;
      }
    }
    return h;
  }

  /**
   * Reads the word that starts at {@code i} with a small ASCII letter, without folding it, as
   * {@code read(text, i, null)} does: most words are small letters up to a space or punctuation,
   * which ends them, and only a word that goes on otherwise (a capital, a digit, a letter beyond
   * ASCII, an apostrophe, an initialism's dot) is read by the general loop.
   */
  void readSmall(String text, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
      j++;
    }
    char d = j < n ? text.charAt(j) : ' ';
    if (d >= 128 || isAsciiLetterOrDigit(d) || d == '\'' || d == '.' && j - i == 1) {
      read(text, i, null);
      return;
    }
    this.end = j;
    this.wordEnd = j;
    this.hasLower = true;
    this.ascii = true;
  }

  /**
   * Reads the word that starts at {@code i}, folding it into {@code word} unless that is null; sets
   * the fields.
   */
  void read(String text, int i, WordBuffer word) {
    int n = text.length();
    if (word != null) {
      word.clear();
    }
    int segment = 0;
    boolean initialism = false;
    boolean possessive = false;
    boolean hasLower = false;
    boolean ascii = true;
    int wordEnd = i;
    if (word == null) {
      // a word read only for its end: its small ASCII letters, most of it, in a tight loop
      int from = i;
      while (i < n && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
        i++;
      }
      if (i > from) {
        hasLower = true;
        segment = i - from;
        wordEnd = i;
      }
    }
    while (i < n) {
      char d = text.charAt(i);
      if (d < 128 ? isAsciiLetterOrDigit(d) : isWordCharacter(d)) {
        if (d >= 'A' && d <= 'Z') {
          if (word != null) {
            word.append((char) (d + ('a' - 'A'))); // lower-cased here: see below
          }
        } else {
          if (word != null) {
            word.append(d);
          }
          hasLower |= d < 128 ? d >= 'a' && d <= 'z' : Character.isLowerCase(d);
          ascii &= d < 128;
        }
        segment++;
        i++;
        wordEnd = i;
      } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 >= n || !isLetterOrDigit(text.charAt(i + 2)))) {
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
      wordEnd = i + 1;
      i++;
    }
    if (word != null && !ascii) {
      // ASCII capitals were lower-cased as they were read, which changes nothing here:
      // decomposing does not join them with the marks after them, and a lower-case letter is
      // as cased as a capital for the final sigma
      word.set(fold(word.toString()));
    }
    this.end = i;
    this.wordEnd = wordEnd;
    this.hasLower = hasLower;
    this.ascii = ascii;
  }
}
