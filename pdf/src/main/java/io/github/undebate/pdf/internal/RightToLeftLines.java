package io.github.undebate.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a page written right to left (Arabic, Hebrew), read from the glyphs' places instead
 * of PDFBox's words. PDFBox sorts such a page's glyphs left to right and turns each word around on
 * its own, so a line whose words are set apart by gaps (justified text) comes out word by word
 * backwards while one that draws its spaces comes out right; and it takes a vowel mark, drawn with
 * no width a little above or below the line, for a glyph of its own, which ends the word at the
 * mark ("ُّر" cut from "تمر") or joins it to the space before. Here each mark goes with the letter
 * it stands over, words are parted by the gaps between letters (a justified line draws spaces that
 * its letters then cover), and each word's text is put in reading order: right to left, with runs
 * of digits and Latin letters left to right, and brackets outside such runs mirrored (the page
 * draws the shape that a bracket has in right-to-left text). The words of a line stay in their
 * order on the page, left to right, as every line's do.
 */
final class RightToLeftLines {
  /** A glyph whose baseline is within this share of the type size of a line's is on that line. */
  private static final float SAME_LINE = 0.4f;

  /** A gap between two letters wider than this share of a space parts two words. */
  private static final float WORD_GAP = 0.5f;

  /** How many glyphs on either side of a mark's place may take it. */
  private static final int NEAR_GLYPHS = 8;

  /** How much nearer, in points, a glyph other than a letter must be to take a mark. */
  private static final float LETTER_FIRST = 2f;

  private RightToLeftLines() {}

  /** A word: its text in reading order, its glyphs in that order, and its extent on the page. */
  record Word(String text, List<TextPosition> glyphs, float left, float right) {}

  /**
   * A glyph as drawn, with its text as it was then: PDFBox later writes a mark that it joins to the
   * glyph before into that glyph's text.
   */
  record Drawn(TextPosition position, String unicode) {}

  /** A letter (or a space, or any glyph that is not only marks) and the marks drawn on it. */
  private record Cluster(Drawn base, List<Drawn> marks) {
    float left() {
      return base.position().getXDirAdj();
    }

    float right() {
      return left() + base.position().getWidthDirAdj();
    }

    boolean space() {
      return base.unicode().isBlank();
    }
  }

  /**
   * The page's lines, top to bottom, each a list of words left to right.
   *
   * @param glyphs the page's glyphs in drawing order
   * @param text a glyph's text as read (unmapped and private-use glyphs dealt with)
   */
  static List<List<Word>> read(List<Drawn> glyphs, Function<Drawn, String> text) {
    List<Drawn> bases = new ArrayList<>();
    List<Drawn> marks = new ArrayList<>();
    for (Drawn d : glyphs) {
      String u = d.unicode();
      if (u == null || u.isEmpty()) {
        continue;
      }
      if (onlyMarks(u)) {
        marks.add(d);
      } else if (!u.isBlank() || d.position().getWidthDirAdj() > 0.01f) {
        // a space of no width parts nothing (some fonts map a mark's glyph to a space)
        bases.add(d);
      }
    }
    bases.sort(
        Comparator.comparingDouble((Drawn d) -> d.position().getYDirAdj())
            .thenComparingDouble(d -> d.position().getXDirAdj()));
    List<List<Cluster>> lines = new ArrayList<>();
    List<Float> baselines = new ArrayList<>();
    List<Cluster> line = null;
    float baseline = 0;
    for (Drawn d : bases) {
      TextPosition p = d.position();
      if (line == null || p.getYDirAdj() - baseline > SAME_LINE * size(p)) {
        line = new ArrayList<>();
        lines.add(line);
        baseline = p.getYDirAdj();
        baselines.add(baseline);
      }
      line.add(new Cluster(d, new ArrayList<>(1)));
    }
    for (List<Cluster> l : lines) {
      l.sort(Comparator.comparingDouble(Cluster::left));
    }
    float[] ys = new float[baselines.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = baselines.get(i);
    }
    for (Drawn m : marks) {
      attach(m, lines, ys);
    }
    List<List<Word>> out = new ArrayList<>(lines.size());
    for (List<Cluster> l : lines) {
      List<Word> words = words(l, text);
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }

  /**
   * Puts the mark with the letter it stands over, on the line nearest to it: the nearest letter
   * among the few glyphs on either side of the mark's place (a mark stands beside its letter, and a
   * line of very many glyphs costs each mark a bounded look).
   */
  private static void attach(Drawn drawn, List<List<Cluster>> lines, float[] baselines) {
    TextPosition mark = drawn.position();
    float y = mark.getYDirAdj();
    int at = Arrays.binarySearch(baselines, y);
    int nearest = at >= 0 ? at : -at - 1;
    if (nearest > 0
        && (nearest == baselines.length
            || Math.abs(baselines[nearest - 1] - y) <= Math.abs(baselines[nearest] - y))) {
      nearest--;
    }
    if (nearest >= baselines.length || Math.abs(baselines[nearest] - y) > 2 * size(mark)) {
      return; // a mark on no line: nothing to read it with
    }
    float x = mark.getXDirAdj() + mark.getWidthDirAdj() / 2;
    List<Cluster> line = lines.get(nearest);
    int place = 0;
    for (int lo = 0, hi = line.size(); lo < hi; ) {
      int mid = (lo + hi) >>> 1;
      if (line.get(mid).left() <= x) {
        place = mid + 1;
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Cluster chosen = null;
    float distance = Float.MAX_VALUE;
    float offset = Float.MAX_VALUE;
    int from = Math.max(0, place - NEAR_GLYPHS);
    int to = Math.min(line.size(), place + NEAR_GLYPHS);
    for (Cluster c : line.subList(from, to)) {
      if (c.space()) {
        continue; // a space that a letter's mark stands over is drawn under that letter
      }
      float d = x < c.left() ? c.left() - x : x >= c.right() ? x - c.right() : 0;
      if (!Character.isLetter(c.base().unicode().codePointAt(0))) {
        // a mark drawn a little beside its letter, over the full stop after it ("أخيراً.")
        d += LETTER_FIRST;
      }
      float o = Math.abs(x - c.left());
      if (d < distance || (d == distance && o < offset)) {
        distance = d;
        offset = o;
        chosen = c;
      }
    }
    if (chosen != null) {
      chosen.marks().add(drawn);
    }
  }

  /** The line's words, left to right, parted at spaces and gaps. */
  private static List<Word> words(List<Cluster> line, Function<Drawn, String> text) {
    List<Word> words = new ArrayList<>();
    List<Cluster> word = new ArrayList<>();
    float drawnSpace = drawnSpace(line);
    float end = Float.NaN;
    for (Cluster c : line) {
      if (c.space()) {
        // the gaps part the words: a justified line draws spaces over its letters ("جُ هودُنا")
        continue;
      }
      float space = drawnSpace;
      if (Float.isNaN(space)) {
        space = c.base().position().getWidthOfSpace();
      }
      if (!(space > 0)) {
        space = size(c.base().position()) / 4;
      }
      if (!Float.isNaN(end) && c.left() - end > WORD_GAP * space) {
        flush(word, words, text);
      }
      word.add(c);
      end = Float.isNaN(end) ? c.right() : Math.max(end, c.right());
    }
    flush(word, words, text);
    return words;
  }

  /**
   * The usual width of the spaces the line draws, or NaN. PDFBox's width of a space for the font
   * may be twice that of the space glyph the page draws, wider than the gaps of a tight line.
   */
  private static float drawnSpace(List<Cluster> line) {
    float[] widths = new float[line.size()];
    int n = 0;
    for (Cluster c : line) {
      float w = c.base().position().getWidthDirAdj();
      if (c.space() && w > 0.01f) {
        widths[n++] = w;
      }
    }
    if (n == 0) {
      return Float.NaN;
    }
    Arrays.sort(widths, 0, n);
    return widths[n / 2];
  }

  private static void flush(List<Cluster> visual, List<Word> words, Function<Drawn, String> text) {
    if (visual.isEmpty()) {
      return;
    }
    int n = visual.size();
    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      Cluster c = visual.get(i);
      StringBuilder sb = new StringBuilder(text.apply(c.base()));
      for (Drawn m : c.marks()) {
        sb.append(text.apply(m));
      }
      texts[i] = sb.toString();
    }
    // reading order: right to left, then each run that reads left to right turned back
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = n - 1 - i;
    }
    boolean[] leftToRight = new boolean[n];
    for (int i = 0; i < n; ) {
      if (!strongLeftToRight(texts[order[i]])) {
        i++;
        continue;
      }
      int j = i;
      // the run goes on over neutrals (". , /" in "1,000.5") up to its last left-to-right glyph
      for (int k = i + 1; k < n && !strongRightToLeft(texts[order[k]]); k++) {
        if (strongLeftToRight(texts[order[k]])) {
          j = k;
        }
      }
      for (int a = i, b = j; a < b; a++, b--) {
        int t = order[a];
        order[a] = order[b];
        order[b] = t;
      }
      for (int k = i; k <= j; k++) {
        leftToRight[k] = true;
      }
      i = j + 1;
    }
    StringBuilder sb = new StringBuilder();
    List<TextPosition> glyphs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Cluster c = visual.get(order[i]);
      sb.append(leftToRight[i] ? texts[order[i]] : mirrored(texts[order[i]]));
      glyphs.add(c.base().position());
      for (Drawn m : c.marks()) {
        glyphs.add(m.position());
      }
    }
    String w = sb.toString().strip();
    if (!w.isEmpty()) {
      float right = 0;
      for (Cluster c : visual) {
        right = Math.max(right, c.right());
      }
      words.add(new Word(w, glyphs, visual.get(0).left(), right));
    }
    visual.clear();
  }

  private static final String PAIRS = "()[]{}<>«»‹›";

  /** The text with each bracket turned to its mirror image. */
  private static String mirrored(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      int k = PAIRS.indexOf(s.charAt(i));
      if (k >= 0) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, PAIRS.charAt(k ^ 1));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Whether the text has a letter or digit that is written left to right. */
  private static boolean strongLeftToRight(String s) {
    for (int i = 0; i < s.length(); i++) {
      byte d = Character.getDirectionality(s.charAt(i));
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
          || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
          || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a letter written right to left. */
  static boolean strongRightToLeft(String s) {
    for (int i = 0; i < s.length(); i++) {
      byte d = Character.getDirectionality(s.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is marks alone (vowel signs, shadda), drawn over or under a letter. */
  private static boolean onlyMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      int t = Character.getType(s.charAt(i));
      if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK) {
        return false;
      }
    }
    return true;
  }

  private static float size(TextPosition p) {
    float shown = p.getYScale();
    float s = shown > 0 ? shown : p.getFontSizeInPt();
    return s > 0 ? s : 10;
  }
}
