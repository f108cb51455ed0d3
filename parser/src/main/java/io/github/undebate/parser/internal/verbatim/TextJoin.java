package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Whitespace;

/**
 * Joins wrapped lines into running text: a single space between lines, none after a hyphen that
 * ends a line between letters ("Secretary-" and "General" give "Secretary-General"; the records
 * print real hyphens only, so the hyphen is kept).
 */
final class TextJoin {
  private TextJoin() {}

  /** Appends a stripped line to the text built so far. */
  static void append(StringBuilder text, String line) {
    if (line.isEmpty()) {
      return;
    }
    int n = text.length();
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

  /** The text with runs of whitespace folded to single spaces. */
  static String fold(String text) {
    return Whitespace.fold(text).strip();
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
