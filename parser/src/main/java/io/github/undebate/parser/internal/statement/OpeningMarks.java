package io.github.undebate.parser.internal.statement;

/**
 * Where the next opening quotation mark (“, « or ") stands in a text, as a search goes forward:
 * each kind is found with {@code indexOf} and looked up again only once the search has passed it,
 * since most paragraphs hold none and a character-at-a-time reading costs more.
 */
final class OpeningMarks {
  private final String text;
  // where each kind next stands at or after the last place asked for; -1 for none
  private int curly;
  private int guillemet;
  private int straight;

  OpeningMarks(String text) {
    this.text = text;
    curly = text.indexOf('“');
    guillemet = text.indexOf('«');
    straight = text.indexOf('"');
  }

  /** The first opening mark at or after {@code from}, or -1; {@code from} never goes back. */
  int next(int from) {
    curly = curly >= 0 && curly < from ? text.indexOf('“', from) : curly;
    guillemet = guillemet >= 0 && guillemet < from ? text.indexOf('«', from) : guillemet;
    straight = straight >= 0 && straight < from ? text.indexOf('"', from) : straight;
    return first(first(curly, guillemet), straight);
  }

  /** The smaller of two places, -1 being none. */
  static int first(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
}
