package io.github.undebate.parser.internal.pdf;

import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's lines in reading order: on a page of two columns, the left column's lines before the
 * right one's (the right one's first on a page written right to left), between lines that span both
 * (titles, tables). The gutter is the vertical strip in the middle of the page that the fewest
 * lines of running text cross; a page has two columns when enough lines stand wholly on each side
 * of it. Lines that a page draws across both columns at once are cut at the gutter. Pages whose
 * drawing order already follows the columns keep it.
 */
final class Columns {
  /** Where in the page's width a gutter may lie. */
  private static final float MIDDLE_FROM = 0.3f;

  private static final float MIDDLE_TO = 0.7f;

  /** How many lines must stand on each side of a gutter. */
  private static final int MIN_SIDE = 4;

  private Columns() {}

  /** The page's lines, cut at a gutter, in reading order. */
  static List<Row> order(PdfPage page) {
    List<PdfLine> lines = page.lines();
    float gutter = gutter(page);
    List<Row> out = new ArrayList<>(lines.size());
    if (Float.isNaN(gutter)) {
      for (PdfLine line : lines) {
        out.add(new Row(page.number(), line.words(), Row.Band.BODY));
      }
      return out;
    }
    List<Row> left = new ArrayList<>();
    List<Row> right = new ArrayList<>();
    // a page written right to left reads its right column first
    List<Row> first = rightToLeft(page) ? right : left;
    List<Row> second = first == left ? right : left;
    for (PdfLine line : lines) {
      List<PdfWord> words = line.words();
      if (crosses(words, gutter)) {
        out.addAll(first);
        out.addAll(second);
        left.clear();
        right.clear();
        out.add(new Row(page.number(), words, Row.Band.BODY));
        continue;
      }
      List<PdfWord> l = new ArrayList<>();
      List<PdfWord> r = new ArrayList<>();
      for (PdfWord w : words) {
        (w.right() <= gutter ? l : r).add(w);
      }
      if (!l.isEmpty()) {
        left.add(new Row(page.number(), l, Row.Band.BODY));
      }
      if (!r.isEmpty()) {
        right.add(new Row(page.number(), r, Row.Band.BODY));
      }
    }
    out.addAll(first);
    out.addAll(second);
    return out;
  }

  /** Whether most of the page's letters are written right to left. */
  private static boolean rightToLeft(PdfPage page) {
    int rtl = 0;
    int letters = 0;
    for (PdfLine line : page.lines()) {
      for (PdfWord w : line.words()) {
        String t = w.text();
        for (int i = 0; i < t.length(); i++) {
          char c = t.charAt(i);
          if (Character.isLetter(c)) {
            letters++;
            if (c >= '\u0590' && ReadingOrder.rightToLeft(c)) {
              rtl++;
            }
          }
        }
      }
    }
    return rtl * 2 > letters;
  }

  /**
   * The x of the page's gutter, or NaN when the page is one column. Each line's running text (words
   * less than an em apart) is a solid stretch; the gutter is the middle x that the fewest stretches
   * cover, where most lines stand on one side or the other.
   */
  private static float gutter(PdfPage page) {
    int width = (int) Math.ceil(page.width());
    if (width <= 0 || page.lines().size() < 2 * MIN_SIDE) {
      return Float.NaN;
    }
    int from = (int) (width * MIDDLE_FROM);
    int to = (int) (width * MIDDLE_TO);
    int[] cover = new int[to - from + 1];
    for (PdfLine line : page.lines()) {
      List<PdfWord> words = line.words();
      float start = words.get(0).left();
      float end = words.get(0).right();
      for (int k = 1; k <= words.size(); k++) {
        PdfWord w = k < words.size() ? words.get(k) : null;
        if (w != null && w.left() - end < w.size()) {
          end = Math.max(end, w.right());
          continue;
        }
        int a = Math.max(from, (int) Math.floor(start));
        int b = Math.min(to, (int) Math.ceil(end));
        for (int x = a; x <= b; x++) {
          cover[x - from]++;
        }
        if (w != null) {
          start = w.left();
          end = w.right();
        }
      }
    }
    int best = 0;
    for (int i = 1; i < cover.length; i++) {
      if (cover[i] < cover[best]) {
        best = i;
      }
    }
    // the middle of the widest run of that minimum: the gutter's centre
    int lo = best;
    int hi = best;
    while (hi + 1 < cover.length && cover[hi + 1] == cover[best]) {
      hi++;
    }
    float x = from + (lo + hi) / 2f;
    int leftOnly = 0;
    int rightOnly = 0;
    for (PdfLine line : page.lines()) {
      List<PdfWord> words = line.words();
      if (words.get(words.size() - 1).right() <= x) {
        leftOnly++;
      } else if (words.get(0).left() >= x) {
        rightOnly++;
      } else if (!crosses(words, x)) {
        leftOnly++;
        rightOnly++;
      }
    }
    int crossing = cover[best];
    boolean columns =
        leftOnly >= MIN_SIDE
            && rightOnly >= MIN_SIDE
            && crossing * 5 <= Math.min(leftOnly, rightOnly);
    return columns ? x : Float.NaN;
  }

  /** Whether running text of the line covers x (a wide gap at x does not). */
  private static boolean crosses(List<PdfWord> words, float x) {
    for (int k = 0; k < words.size(); k++) {
      PdfWord w = words.get(k);
      if (w.left() < x && w.right() > x) {
        return true;
      }
      if (k + 1 < words.size()) {
        PdfWord next = words.get(k + 1);
        if (w.right() <= x && next.left() >= x && next.left() - w.right() < w.size()) {
          return true;
        }
      }
    }
    return false;
  }
}
