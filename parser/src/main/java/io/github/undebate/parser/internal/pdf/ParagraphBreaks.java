package io.github.undebate.parser.internal.pdf;

import io.github.undebate.parser.spi.PdfWord;
import java.util.Arrays;
import java.util.List;

/**
 * Where the page itself says a paragraph starts, beside the gap between baselines that {@link
 * PdfLayout} measures against the page's line pitch ({@link #pitches}): a first line that stands in
 * ({@link #indented}) and a line before it that ends short of its column on purpose ({@link
 * #brokenShort}, measured against {@link #measures}).
 */
final class ParagraphBreaks {
  /** How many rows before and after a row tell its column's measure. */
  private static final int MEASURE_ROWS = 20;

  /** A page with fewer line distances than this takes the document's line pitch. */
  private static final int MIN_PITCHES = 8;

  /**
   * Whether the row starts a paragraph by its first-line indent: it stands in from the line before
   * by an em or more (but not so far that it is another column), and that line did not itself stand
   * in from its own predecessor (the lines of an indented quotation). A line written right to left
   * stands in from the right.
   */
  static boolean indented(Row row, Row previous, Row beforePrevious) {
    if (previous == null || row.baseline() <= previous.baseline()) {
      return false;
    }
    float em = row.size();
    boolean fromRight = row.rightToLeft();
    float in = inset(row, previous, fromRight);
    if (in < em || in > 6 * em) {
      return false;
    }
    return beforePrevious == null
        || previous.baseline() <= beforePrevious.baseline()
        || inset(previous, beforePrevious, fromRight) < em;
  }

  /**
   * Whether the line before ends short of its column's measure by more than the row's first word
   * and two ems, and by more than it stands in where lines begin: running text would have taken
   * that word onto it, so the line was ended on purpose (the lines of a head set close together:
   * post, name, session, title, one a line). A centred line (a heading's) stands in as far as it
   * ends short; a line that ends with a hyphen ends a word cut in two.
   */
  static boolean brokenShort(Row row, Row previous, float[] measure) {
    if (previous == null || row.baseline() <= previous.baseline() || measure == null) {
      return false;
    }
    String end = previous.text();
    if (end.endsWith("-") || end.endsWith("\u00AD")) {
      return false;
    }
    PdfWord first = row.first();
    float word = first.right() - first.left();
    boolean rtl = row.rightToLeft();
    float room = rtl ? previous.left() - measure[0] : measure[1] - previous.right();
    float in = rtl ? measure[1] - previous.right() : previous.left() - measure[0];
    return room > word + 2 * row.size() + Math.max(0, in);
  }

  /**
   * For each row of a page, the edges of its column's measure, left and right: the median edges of
   * the rows around it in reading order that stand over or under it (over half of the shorter one's
   * width), so that the lines of a cover page drawn across two columns do not widen a column and a
   * ragged margin is taken short rather than long; null where too few rows stand there to tell.
   */
  static float[][] measures(List<Row> page) {
    float[][] out = new float[page.size()][];
    float[] lefts = new float[page.size()];
    float[] rights = new float[page.size()];
    for (int i = 0; i < page.size(); i++) {
      Row r = page.get(i);
      if (r.band() != Row.Band.BODY) {
        continue;
      }
      int n = 0;
      // the rows around it in reading order: a column's rows follow one another (and a page of
      // very many rows costs each row a bounded look, not a look at every other row)
      int from = Math.max(0, i - MEASURE_ROWS);
      int to = Math.min(page.size(), i + MEASURE_ROWS + 1);
      for (Row o : page.subList(from, to)) {
        float overlap = Math.min(o.right(), r.right()) - Math.max(o.left(), r.left());
        // half the shorter row: the other column's rows may reach a little over the gutter
        if (o.band() == Row.Band.BODY
            && overlap * 2 > Math.min(o.right() - o.left(), r.right() - r.left())) {
          lefts[n] = o.left();
          rights[n++] = o.right();
        }
      }
      if (n >= MIN_PITCHES) {
        Arrays.sort(lefts, 0, n);
        Arrays.sort(rights, 0, n);
        out[i] = new float[] {lefts[n / 2], rights[n / 2]};
      }
    }
    return out;
  }

  /** How far the row stands in from the one before, on the side where its lines begin. */
  private static float inset(Row row, Row before, boolean fromRight) {
    return fromRight ? before.right() - row.right() : row.left() - before.left();
  }

  /**
   * The usual distance between the baselines of each page's consecutive body lines. A page of few
   * lines (a cover page, its title, name and date spread over it) has too few to tell its line
   * spacing from its paragraph spacing: it takes the document's, the usual distance over all pages.
   */
  static float[] pitches(List<List<Row>> pages) {
    float[][] deltas = new float[pages.size()][];
    int total = 0;
    for (int p = 0; p < deltas.length; p++) {
      deltas[p] = deltas(pages.get(p));
      Arrays.sort(deltas[p]);
      total += deltas[p].length;
    }
    float[] all = new float[total];
    int at = 0;
    for (float[] d : deltas) {
      System.arraycopy(d, 0, all, at, d.length);
      at += d.length;
    }
    Arrays.sort(all);
    float document = total == 0 ? Float.MAX_VALUE / 8 : all[total / 2];
    float[] pitches = new float[deltas.length];
    for (int p = 0; p < deltas.length; p++) {
      pitches[p] = deltas[p].length < MIN_PITCHES ? document : deltas[p][deltas[p].length / 2];
    }
    return pitches;
  }

  /** The distances between the baselines of the page's consecutive body lines. */
  private static float[] deltas(List<Row> page) {
    float[] deltas = new float[page.size()];
    int n = 0;
    for (int i = 1; i < page.size(); i++) {
      Row a = page.get(i - 1);
      Row b = page.get(i);
      float d = b.baseline() - a.baseline();
      if (a.band() == Row.Band.BODY && b.band() == Row.Band.BODY && d > 0 && d < 5 * b.size()) {
        deltas[n++] = d;
      }
    }
    return Arrays.copyOf(deltas, n);
  }

  private ParagraphBreaks() {}
}
