package io.github.undebate.parser.internal.statement;

/**
 * The straightforward way the quotation shortcuts are tested against: a text with each quotation
 * overwritten by spaces, read a character at a time.
 */
final class QuotationsByHand {
  private QuotationsByHand() {}

  /** The text with each quotation's characters blanked; a quotation ends at its paragraph's end. */
  static String blanked(String text) {
    char[] out = text.toCharArray();
    char close = 0;
    for (int i = 0; i < out.length; i++) {
      char ch = text.charAt(i);
      if (close == 0) {
        close = ch == '\u201c' ? '\u201d' : ch == '\u00ab' ? '\u00bb' : ch == '"' ? '"' : 0;
      } else if (ch == close || ch == '\n') {
        close = 0; // a quotation runs to its paragraph's end at most
      } else {
        out[i] = ' ';
      }
    }
    return new String(out);
  }
}
