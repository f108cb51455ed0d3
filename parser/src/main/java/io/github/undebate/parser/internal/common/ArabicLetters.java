package io.github.undebate.parser.internal.common;

import java.text.Normalizer;

/**
 * How a word in Arabic script is folded for name matching. Speeches print the same name in several
 * ways: vocalised ("العراقِ") or bare, stretched with tatweel in headings ("الكـويت"), with hamza
 * on alef or without ("إيران", "ايران"), final teh marbuta or heh, alef maksura or yeh, and PDFs
 * extracted as the presentation forms of the letters ("ﺍﻟﻜﻮﻳﺖ"). The vowel marks and the hamza over
 * or under alef are non-spacing marks that {@link Words} drops after decomposing; the rest is here.
 * Only characters from U+0629 on get here.
 */
final class ArabicLetters {
  private ArabicLetters() {}

  /** What {@link #folded} gives for a character that folding leaves out. */
  static final char LEFT_OUT = '\u0000';

  /**
   * A character of a decomposed word, folded: the tatweel left out ({@link #LEFT_OUT}), teh marbuta
   * as heh, alef maksura as yeh, alef wasla as alef.
   */
  static char folded(char c) {
    switch (c) {
      case '\u0640':
        return LEFT_OUT;
      case '\u0629':
        return '\u0647';
      case '\u0649':
        return '\u064A';
      case '\u0671':
        return '\u0627';
      default:
        return c;
    }
  }

  /** Whether the word has a character from U+0600 on: it may be Arabic, or in its forms. */
  static boolean mayHold(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) >= '\u0600') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is one of the presentation forms of Arabic letters and ligatures. */
  static boolean isPresentationForm(char c) {
    return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFE';
  }

  /**
   * The word with each presentation form replaced by the letters it shows (its compatibility
   * decomposition, spaces left out); other characters as they are. The word itself when it has no
   * presentation form.
   */
  static String unjoined(String word) {
    int k = 0;
    while (k < word.length() && !isPresentationForm(word.charAt(k))) {
      k++;
    }
    if (k == word.length()) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length() + 4).append(word, 0, k);
    for (; k < word.length(); k++) {
      char c = word.charAt(k);
      if (isPresentationForm(c)) {
        appendLetters(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How many letters the presentation form (or other character) {@code c} shows. */
  static int letters(char c) {
    if (!isPresentationForm(c)) {
      return 1;
    }
    StringBuilder out = new StringBuilder(4);
    appendLetters(out, c);
    int n = 0;
    for (int k = 0; k < out.length(); k++) {
      if (Character.isLetter(out.charAt(k))) {
        n++;
      }
    }
    return n;
  }

  private static void appendLetters(StringBuilder out, char c) {
    // the isolated forms of the vowel marks decompose to a space and the mark
    String letters = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    for (int j = 0; j < letters.length(); j++) {
      char l = letters.charAt(j);
      if (!Character.isWhitespace(l)) {
        out.append(l);
      }
    }
  }
}
