package io.github.undebate.parser.internal.statement;

/**
 * One input line after inline cleaning, with what it is.
 *
 * @param number the 1-based input line number
 * @param text the cleaned text, whitespace folded
 * @param kind what the line is
 */
record SpeechLine(int number, String text, Kind kind) {

  /** What a line is, for segmentation. */
  enum Kind {
    /** Words of the record. */
    TEXT,
    /** An empty line: a possible paragraph boundary. */
    BLANK,
    /** Page noise that was removed (number, banner, print header): a page break. */
    PAGE_BREAK,
    /** A section rule ("*", "---") that was removed: always a paragraph boundary. */
    SEPARATOR
  }

  SpeechLine withText(String newText) {
    return new SpeechLine(number, newText, kind);
  }
}
