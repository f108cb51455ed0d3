package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Arrays;

/**
 * Joins wrapped lines into running text: a single space between lines, none after a hyphen that
 * ends a line between letters ("Secretary-" and "General" give "Secretary-General"; the records
 * print real hyphens only, so the hyphen is kept). A soft hyphen (U+00AD) that ends a line, as the
 * OCR of older records marks a word broken at the line's end ("Secur\u00ad" and "ity"), goes, and
 * the word is joined.
 */
final class TextJoin {
  /** The soft hyphen. */
  static final char SOFT_HYPHEN = '\u00AD';

  private TextJoin() {}

  /** Appends a stripped line to the text built so far. */
  static void append(StringBuilder text, String line) {
    if (line.isEmpty()) {
      return;
    }
    int n = text.length();
    if (n > 0 && text.charAt(n - 1) == SOFT_HYPHEN) {
      text.setLength(n - 1);
      text.append(line);
      return;
    }
    if (n > 0) {
      boolean hyphen =
          n > 1
              && text.charAt(n - 1) == '-'
              && Character.isLetter(text.charAt(n - 2))
              && Character.isLetter(line.charAt(0));
      if (!hyphen) {
        text.append(' ');
      }
    }
    text.append(line);
  }

  /**
   * The line without the soft hyphens inside it, a space after one too ("Secur\u00ad ity" is
   * "Security"): the OCR of older records keeps the hyphen of a word broken at a line's end and the
   * space of the break. A soft hyphen at the line's end stays for {@link #append}.
   */
  static String withoutSoftHyphens(String line) {
    int soft = line.indexOf(SOFT_HYPHEN);
    if (soft < 0 || soft == line.length() - 1) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c != SOFT_HYPHEN || k == line.length() - 1) {
        out.append(c);
        continue;
      }
      while (k + 1 < line.length() - 1 && line.charAt(k + 1) == ' ') {
        k++;
      }
    }
    return out.toString();
  }

  /** The text with runs of whitespace folded to single spaces. */
  static String fold(String text) {
    return Whitespace.fold(text).strip();
  }

  /**
   * The first {@code count} lines, none empty, joined as {@link #append} joins them into a buffer
   * whose text {@link #ofFolded} then gives. A speed trick (issue 14): when no line but the last
   * ends in a hyphen or a soft hyphen, every line is joined to the next by a space, and {@code
   * String.join} makes the text in one copy, in the coding its lines need; a buffer that once held
   * a character beyond Latin-1 (a curly apostrophe) gives each String a Latin-1 copy first, in vain
   * for a paragraph that holds one too. Else the lines are joined in the buffer.
   *
   * @param folded whether each line is folded ({@link #fold}: no white space at its ends, no two
   *     spaces in a row), as the lines' compared texts are: then so is the text they join to
   */
  static String joined(String[] lines, int count, StringBuilder buffer, boolean folded) {
    for (int i = 0; i + 1 < count; i++) {
      String line = lines[i];
      char last = line.charAt(line.length() - 1);
      if (last == '-' || last == SOFT_HYPHEN) {
        buffer.setLength(0);
        for (int k = 0; k < count; k++) {
          append(buffer, lines[k]);
        }
        return ofFolded(buffer);
      }
    }
    String text = count == 1 ? lines[0] : String.join(" ", Arrays.copyOf(lines, count));
    return folded || text.indexOf("  ") < 0 ? text : fold(text);
  }

  /**
   * The text of a buffer that {@link #append} filled with compared line texts, which the reader
   * folded ({@code VerbatimReader.repaired}): folded already unless a cut left two spaces in a row
   * (a language note cut out of a line), which {@code indexOf} finds much faster than a fold.
   */
  static String ofFolded(StringBuilder text) {
    return text.indexOf("  ") < 0 ? text.toString() : fold(text);
  }

  /** As {@link #fold(String)} of the buffer's text; the buffer is folded in place. */
  static String fold(StringBuilder text) {
    Whitespace.fold(text);
    return text.toString().strip();
  }
}
