package io.github.undebate.parser.internal.pdf;

import io.github.undebate.parser.spi.PdfWord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of a page as it will be read: words on one baseline within one column, with the layout
 * hints that a text dump loses.
 *
 * @param page the 1-based page
 * @param words the words, left to right
 * @param band where on the page it stands
 */
record Row(int page, List<PdfWord> words, Band band) {

  /** Where on the page a row stands. */
  enum Band {
    /** The top margin, where running heads stand. */
    TOP,
    /** The body of the page. */
    BODY,
    /** The bottom margin, where footers, page numbers and job numbers stand. */
    BOTTOM
  }

  Row {
    words = List.copyOf(words);
  }

  float left() {
    return words.get(0).left();
  }

  float right() {
    return words.get(words.size() - 1).right();
  }

  float top() {
    float top = Float.MAX_VALUE;
    for (PdfWord w : words) {
      top = Math.min(top, w.top());
    }
    return top;
  }

  float baseline() {
    return words.get(0).baseline();
  }

  /** The size of most of its characters. */
  float size() {
    float best = words.get(0).size();
    int bestChars = 0;
    for (PdfWord w : words) {
      int n = 0;
      for (PdfWord v : words) {
        if (Math.abs(v.size() - w.size()) < 0.5f) {
          n += v.text().length();
        }
      }
      if (n > bestChars) {
        bestChars = n;
        best = w.size();
      }
      if (words.size() > 8) {
        break; // a long line is in one size; the first word's count settles it
      }
    }
    return best;
  }

  /** The words joined by single spaces, in reading order. */
  String text() {
    if (words.size() == 1) {
      return words.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (PdfWord w : reading()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return sb.toString();
  }

  /** The word that the line opens with when read. */
  PdfWord first() {
    return rightToLeft() ? words.get(words.size() - 1) : words.get(0);
  }

  /**
   * The words in reading order: as they stand, left to right, or on a line written right to left
   * (its words as the page stands them, each read right to left by the PDF reader), from right to
   * left, with each run of words written left to right (digits, Latin names) kept in its order.
   */
  List<PdfWord> reading() {
    if (!rightToLeft()) {
      return words;
    }
    List<PdfWord> out = new ArrayList<>(words);
    Collections.reverse(out);
    for (int i = 0; i < out.size(); ) {
      if (!ReadingOrder.leftToRight(out.get(i).text())) {
        i++;
        continue;
      }
      int j = i;
      for (int k = i + 1; k < out.size() && !ReadingOrder.rightToLeft(out.get(k).text()); k++) {
        if (ReadingOrder.leftToRight(out.get(k).text())) {
          j = k;
        }
      }
      Collections.reverse(out.subList(i, j + 1));
      i = j + 1;
    }
    return out;
  }

  /** Whether most of the line's letters are written right to left. */
  boolean rightToLeft() {
    int rtl = 0;
    int letters = 0;
    for (PdfWord w : words) {
      String t = w.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c >= '\u0590' && ReadingOrder.rightToLeft(c)) {
          rtl++;
          letters++;
        } else if (Character.isLetter(c)) {
          letters++;
        }
      }
    }
    return rtl * 2 > letters;
  }

  Row withBand(Band b) {
    return new Row(page, words, b);
  }
}
