package io.github.undebate.parser.internal.pdf;

import java.util.List;

/**
 * Brackets of right-to-left lines put back the right way round. Some PDFs of Arabic text store the
 * glyph that a bracket looks like on the page, which in right-to-left text is its mirror image, so
 * that their text reads "الدورة )79(" once the line is in reading order. A document whose
 * right-to-left lines balance their brackets only when each is read as its mirror image, and never
 * the other way, has them all swapped back; left-to-right lines are never touched.
 */
final class Brackets {
  private static final String OPENING = "([{";
  private static final String CLOSING = ")]}";

  private Brackets() {}

  /** Swaps, in place, the brackets of the right-to-left lines when the document mirrors them. */
  static void unmirror(List<String> lines) {
    int mirrored = 0;
    int plain = 0;
    for (String line : lines) {
      if (rightToLeft(line)) {
        boolean asPrinted = balanced(line, false);
        boolean swapped = balanced(line, true);
        if (swapped && !asPrinted) {
          mirrored++;
        } else if (asPrinted && !swapped) {
          plain++;
        }
      }
    }
    if (mirrored == 0 || plain > 0) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (rightToLeft(lines.get(i))) {
        lines.set(i, swap(lines.get(i)));
      }
    }
  }

  /** Whether the line's brackets pair up, each closing one after an opening one of its kind. */
  private static boolean balanced(String line, boolean swapped) {
    int depth = 0;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int open = (swapped ? CLOSING : OPENING).indexOf(c);
      int close = (swapped ? OPENING : CLOSING).indexOf(c);
      if (open >= 0) {
        depth++;
        any = true;
      } else if (close >= 0) {
        if (--depth < 0) {
          return false;
        }
      }
    }
    return any && depth == 0;
  }

  private static String swap(String line) {
    char[] chars = line.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int open = OPENING.indexOf(chars[i]);
      int close = CLOSING.indexOf(chars[i]);
      if (open >= 0) {
        chars[i] = CLOSING.charAt(open);
      } else if (close >= 0) {
        chars[i] = OPENING.charAt(close);
      }
    }
    return new String(chars);
  }

  /** Whether most of the line's letters are written right to left. */
  static boolean rightToLeft(String line) {
    int rtl = 0;
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (ReadingOrder.rightToLeft(c)) {
          rtl++;
        }
      }
    }
    return rtl * 2 > letters;
  }
}
