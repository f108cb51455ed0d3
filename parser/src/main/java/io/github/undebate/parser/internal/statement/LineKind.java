package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.noise.NoiseKind;

/**
 * What a cleaned {@link Line} of a statement is to the rules that cut the speech into headings,
 * turns and paragraphs. Read from the line itself ({@link #of}): {@link LineCleaning} leaves a line
 * of words with its text, and every other line with an empty text and, for noise, its {@link
 * NoiseKind}.
 */
enum LineKind {
  /** Words of the record. */
  TEXT,
  /** An empty line: a possible paragraph boundary. */
  BLANK,
  /** Page noise that was removed (number, banner, print header): a page break. */
  PAGE_BREAK,
  /**
   * A section rule or site chrome that was removed, or a line of markup only: always a boundary.
   */
  SEPARATOR;

  /** What the cleaned line is. */
  static LineKind of(Line line) {
    if (line.noise().isPresent()) {
      NoiseKind noise = line.noise().get();
      // a line that inline cleaning emptied (a lone HTML tag) ends a paragraph as a rule does
      return noise.endsParagraph() || noise == NoiseKind.MARKUP ? SEPARATOR : PAGE_BREAK;
    }
    return line.isEmpty() ? BLANK : TEXT;
  }

  /** Whether the cleaned line has words. */
  static boolean isText(Line line) {
    return line.noise().isEmpty() && !line.isEmpty();
  }

  /** How strongly the line cuts a paragraph: a rule more than a page break more than a blank. */
  int strength() {
    switch (this) {
      case SEPARATOR:
        return 3;
      case PAGE_BREAK:
        return 2;
      case BLANK:
        return 1;
      default:
        return 0;
    }
  }
}
