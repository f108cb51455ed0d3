package io.github.undebate.parser.internal.pdf;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.DecodedText;
import io.github.undebate.parser.internal.Layout;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A PDF's words to the text that the text path reads, using what the page knows: lines in reading
 * order, column by column ({@link Columns}); running heads, page and job numbers, bar codes and the
 * correction notice taken out of the top and bottom bands and reported as removed ({@link
 * Furniture}); a blank line where the page leaves a paragraph's gap; line-end hyphens joined only
 * where the PDF marks them as soft or the document's own words spell the word whole and never with
 * the hyphen; ligatures spelled out. Each line of the text keeps its page, band and type style as a
 * {@link Layout}, for the readers to weigh next to the words.
 */
public final class PdfLayout {
  /** A gap between baselines this many times the page's line pitch starts a paragraph. */
  private static final float PARAGRAPH_GAP = 1.2f;

  /**
   * A page whose usual pitch is this many times the type size is a script set one phrase a line,
   * double-spaced: there every gap wider than {@link #SCRIPT_GAP} sizes starts a paragraph.
   */
  private static final float SPACED_LINES = 2.5f;

  private static final float SCRIPT_GAP = 1.5f;

  /** The widest gap, in type sizes, between the baselines of two rows of the correction notice. */
  private static final float NOTICE_GAP = 3f;

  private PdfLayout() {}

  /**
   * The text of the PDF, the diagnostics for what was removed or could not be read, and the layout
   * of each line of the text.
   */
  public static LaidOutText lay(PdfText pdf) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<List<Row>> pages = new ArrayList<>(pdf.pages().size());
    long glyphs = 0;
    long unmapped = 0;
    boolean anyText = false;
    boolean anyImage = false;
    for (PdfPage page : pdf.pages()) {
      List<Row> rows = banded(Columns.order(page), page.height());
      pages.add(rows);
      anyText |= !rows.isEmpty();
      anyImage |= page.images();
      unmapped += page.unmappedGlyphs();
      for (Row r : rows) {
        for (PdfWord w : r.words()) {
          glyphs += w.text().length();
        }
      }
      if (rows.isEmpty() && page.images() && pdf.pages().size() > 1) {
        diagnostics.add(
            new Diagnostic(
                Severity.WARNING,
                "input.no_text_layer_page",
                0,
                "page " + page.number() + " has no text layer (a scanned image); run OCR on it",
                ""));
      }
    }
    if (!anyText) {
      diagnostics.clear();
      diagnostics.add(
          anyImage
              ? new Diagnostic(
                  Severity.ERROR,
                  "input.no_text_layer",
                  0,
                  "no text layer: the PDF is a scan; run OCR first",
                  "")
              : new Diagnostic(
                  Severity.ERROR,
                  "input.no_text_layer",
                  0,
                  "no text layer: the PDF has no text (a scan, or letters drawn as shapes);"
                      + " run OCR first",
                  ""));
      return new LaidOutText(new DecodedText("", diagnostics), List.of());
    }
    if (unmapped * 2 > glyphs) {
      return new LaidOutText(
          new DecodedText(
              "",
              List.of(
                  new Diagnostic(
                      Severity.ERROR,
                      "input.unreadable_text_layer",
                      0,
                      "the PDF's text layer cannot be read: its fonts do not say which letters their"
                          + " glyphs are ("
                          + unmapped
                          + " of "
                          + glyphs
                          + " glyphs); run OCR first",
                      ""))),
          List.of());
    }
    List<Layout> layouts = new ArrayList<>();
    String text = write(pages, diagnostics, layouts);
    return new LaidOutText(new DecodedText(text, diagnostics), layouts);
  }

  /** Marks the rows in the top and bottom bands. */
  private static List<Row> banded(List<Row> rows, float height) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      if (r.baseline() <= height * Furniture.TOP_BAND) {
        out.add(r.withBand(Row.Band.TOP));
      } else if (r.top() >= height * Furniture.BOTTOM_BAND) {
        out.add(r.withBand(Row.Band.BOTTOM));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private static String write(
      List<List<Row>> pages, List<Diagnostic> diagnostics, List<Layout> layouts) {
    Furniture furniture = new Furniture(pages);
    List<Row> body = new ArrayList<>();
    List<Boolean> breaks = new ArrayList<>();
    int line = 1;
    List<String> lines = new ArrayList<>();
    float[] pitches = ParagraphBreaks.pitches(pages);
    for (int p = 0; p < pages.size(); p++) {
      List<Row> page = pages.get(p);
      float pitch = pitches[p];
      boolean[] notice = notice(page);
      float[][] measures = ParagraphBreaks.measures(page);
      float[] measure = null;
      Row previous = null;
      Row beforePrevious = null;
      for (int i = 0; i < page.size(); i++) {
        Row row = page.get(i);
        String kind = notice[i] ? "boilerplate" : furniture.kind(row);
        if (kind != null) {
          diagnostics.add(Removals.removed(kind, line, row.text()));
          continue;
        }
        float delta = previous == null ? 0 : row.baseline() - previous.baseline();
        boolean gap =
            previous != null
                && (pitch > row.size() * SPACED_LINES
                    ? delta > row.size() * SCRIPT_GAP
                    : delta > pitch * PARAGRAPH_GAP);
        body.add(row);
        breaks.add(
            gap
                || ParagraphBreaks.indented(row, previous, beforePrevious)
                || ParagraphBreaks.brokenShort(row, previous, measure));
        beforePrevious = previous;
        previous = row;
        measure = measures[i];
        line++;
      }
    }
    for (Row row : body) {
      // a glyph mapped to a line break would cut the row in two and part the text from its layout
      lines.add(spelled(row.text()).replace('\n', ' ').replace('\r', ' '));
    }
    Brackets.unmirror(lines);
    Hyphens.join(lines, diagnostics);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Row row = body.get(i);
      if (breaks.get(i) && out.length() > 0) {
        out.append('\n');
        layouts.add(new Layout(OptionalInt.of(row.page()), band(row), false, false));
      }
      if (!lines.get(i).isEmpty()) {
        out.append(lines.get(i)).append('\n');
        PdfWord first = row.first();
        layouts.add(
            new Layout(OptionalInt.of(row.page()), band(row), first.bold(), first.italic()));
      }
    }
    return out.toString();
  }

  private static Layout.Band band(Row row) {
    return switch (row.band()) {
      case TOP -> Layout.Band.HEADER;
      case BOTTOM -> Layout.Band.FOOTER;
      case BODY -> Layout.Band.BODY;
    };
  }

  /**
   * The rows of the correction notice: a block at the foot of a page, below the middle, that opens
   * with the notice's words, and the rows in its type size that follow it, across a paragraph's gap
   * ("Corrections will be issued after the end of the session…" set apart in A/48/PV.46).
   */
  private static boolean[] notice(List<Row> page) {
    boolean[] notice = new boolean[page.size()];
    if (page.isEmpty()) {
      return notice;
    }
    float pageBottom = 0;
    for (Row r : page) {
      pageBottom = Math.max(pageBottom, r.baseline());
    }
    for (int i = 0; i < page.size(); i++) {
      Row r = page.get(i);
      if (r.baseline() > pageBottom / 2 && Furniture.opensNotice(r)) {
        float size = r.size();
        float last = r.baseline();
        notice[i] = true;
        for (int j = i + 1; j < page.size(); j++) {
          Row next = page.get(j);
          float d = next.baseline() - last;
          if (Math.abs(next.size() - size) > 0.5f || d <= 0 || d > NOTICE_GAP * size) {
            break;
          }
          notice[j] = true;
          last = next.baseline();
        }
        break;
      }
    }
    return notice;
  }

  /** Ligatures spelled out as their letters, as a text dump would have them. */
  static String spelled(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        StringBuilder sb = new StringBuilder(n + 4).append(text, 0, i);
        for (int j = i; j < n; j++) {
          char d = text.charAt(j);
          sb.append(d >= '\uFB00' && d <= '\uFB06' ? LIGATURES[d - '\uFB00'] : String.valueOf(d));
        }
        return sb.toString();
      }
    }
    return text;
  }

  private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

  /** The words of the lines, lower-cased, for the hyphen check. */
  static Set<String> words(List<String> lines) {
    Set<String> words = new HashSet<>();
    for (String line : lines) {
      int n = line.length();
      for (int i = 0; i < n; ) {
        while (i < n && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i > start) {
          String t = trimPunctuation(line.substring(start, i)).toLowerCase(Locale.ROOT);
          if (!t.isEmpty()) {
            words.add(t);
          }
        }
      }
    }
    return words;
  }

  static String trimPunctuation(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1)) && w.charAt(b - 1) != '-') {
      b--;
    }
    return w.substring(a, b);
  }
}
