package io.github.undebate.pdf.internal;

import io.github.undebate.parser.LimitExceededException;
import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, kept for what it does well (glyphs to Unicode, diacritics, words and
 * lines in drawing order), with its output taken as words with their boxes and type instead of a
 * string. A page written mostly right to left is read from its glyphs' places instead ({@link
 * RightToLeftLines}). Glyphs that their font maps to no Unicode become U+FFFD and are counted;
 * private-use code points are mapped through the glyph's name ({@link Glyphs}).
 */
final class WordCollector extends PDFTextStripper {
  /** PDFBox's defaults, for pages that place words by position alone. */
  private static final float DEFAULT_SPACING = 0.5f;

  private static final float DEFAULT_AVERAGE_CHAR = 0.3f;

  /** On pages that draw their spaces: a gap under this share of a space is kerning. */
  private static final float KERNING = 0.8f;

  /** Where the font changes, a gap of this share of a space breaks the word. */
  private static final float FONT_CHANGE_GAP = 0.2f;

  private final int maxChars;
  private final List<PdfPage> pages = new ArrayList<>();
  private final Map<PDFont, Style> styles = new IdentityHashMap<>();
  private final Map<PDFont, byte[]> unicodeKnown = new IdentityHashMap<>();
  private List<PdfLine> lines;
  private List<PdfWord> line;

  /**
   * The page's glyphs in drawing order, as PDFBox finds them, and their text as it was then, for a
   * right-to-left page (two lists rather than a pair per glyph, which every page would pay for).
   */
  private final List<TextPosition> drawn = new ArrayList<>();

  private final List<String> drawnText = new ArrayList<>();

  private PDPage page;
  private int unmapped;
  private long chars;

  WordCollector(int maxChars) {
    this.maxChars = maxChars;
    // drawing order: a page that draws its columns one after the other is read that way (a
    // right-to-left page is read from the glyphs' places by RightToLeftLines)
    setSortByPosition(false);
    // PDFBox drops a glyph that overlaps the one before as a duplicate (fake bold drawn twice);
    // typesetters' PDFs overlap real letters after ligatures ("fi sile", "ubstantially" in
    // A/48/PV.46), and UN records draw no fake bold.
    setSuppressDuplicateOverlappingText(false);
  }

  /**
   * Sets how wide a gap must be to break a word, page by page. A page that draws its spaces as
   * glyphs says where its words end: a gap without a space is kerning, up to most of a space ("f
   * loor" in Security Council records, "N ew York" in a statement, PDFBox's defaults cut there). A
   * page that places its words by position alone (older typesetters) keeps PDFBox's defaults, since
   * its tight lines leave barely half a space between words.
   */
  @Override
  protected void writePage() throws IOException {
    long spaces = 0;
    long glyphs = 0;
    long rightToLeft = 0;
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition p : article) {
        glyphs++;
        String u = p.getUnicode();
        if (" ".equals(u)) {
          spaces++;
        } else if (u != null && !u.isEmpty() && rightToLeft(u.charAt(0))) {
          rightToLeft++;
        }
      }
    }
    if (rightToLeft * 2 > glyphs) {
      List<RightToLeftLines.Drawn> page = new ArrayList<>(drawn.size());
      for (int i = 0; i < drawn.size(); i++) {
        page.add(new RightToLeftLines.Drawn(drawn.get(i), drawnText.get(i)));
      }
      drawn.clear();
      drawnText.clear();
      for (List<RightToLeftLines.Word> words : RightToLeftLines.read(page, this::text)) {
        for (RightToLeftLines.Word w : words) {
          add(w.text(), w.glyphs(), w.left(), w.right());
        }
        endLine();
      }
      return;
    }
    drawn.clear();
    drawnText.clear();
    boolean drawsSpaces = spaces * 20 > glyphs; // English has a space every six letters or so
    setSpacingTolerance(drawsSpaces ? KERNING : DEFAULT_SPACING);
    setAverageCharTolerance(drawsSpaces ? KERNING : DEFAULT_AVERAGE_CHAR);
    super.writePage();
  }

  /**
   * Keeps each glyph as drawn, before PDFBox joins a mark to the glyph drawn just before it (which
   * on a right-to-left page may be a space or another word's letter), for {@link RightToLeftLines}.
   */
  @Override
  protected void processTextPosition(TextPosition text) {
    drawn.add(text);
    drawnText.add(text.getUnicode());
    super.processTextPosition(text);
  }

  /** One glyph's text, with an unmapped or private-use glyph dealt with. */
  private String text(RightToLeftLines.Drawn d) {
    String u = d.unicode() == null ? "" : d.unicode();
    return Glyphs.text(u, List.of(d.position()), unicodeKnown, this::countUnmapped);
  }

  private static boolean rightToLeft(char c) {
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  List<PdfPage> pages() {
    return pages;
  }

  @Override
  protected void startPage(PDPage p) throws IOException {
    page = p;
    lines = new ArrayList<>();
    line = new ArrayList<>();
    unmapped = 0;
  }

  @Override
  protected void endPage(PDPage p) throws IOException {
    endLine();
    PDRectangle box = p.getCropBox();
    boolean rotated = p.getRotation() % 180 != 0;
    float width = rotated ? box.getHeight() : box.getWidth();
    float height = rotated ? box.getWidth() : box.getHeight();
    pages.add(
        new PdfPage(
            getCurrentPageNo(), width, height, lines, hasImages(p.getResources(), 2), unmapped));
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeWordSeparator() {
    // words come one by one through writeString
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    if (positions.isEmpty()) {
      return;
    }
    String mapped = Glyphs.text(text, positions, unicodeKnown, this::countUnmapped);
    if (mapped.length() == positions.size()) {
      // a change of font with a gap is a word break that the kerning tolerance must not hide
      // ("vis-à-vis" set in italics between roman words, with no space glyph around it)
      int from = 0;
      for (int k = 1; k < positions.size(); k++) {
        TextPosition a = positions.get(k - 1);
        TextPosition b = positions.get(k);
        float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
        if (a.getFont() != b.getFont() && gap > FONT_CHANGE_GAP * a.getWidthOfSpace()) {
          add(mapped.substring(from, k), positions.subList(from, k));
          from = k;
        }
      }
      if (from > 0) {
        add(mapped.substring(from), positions.subList(from, positions.size()));
        return;
      }
    }
    add(mapped, positions);
  }

  private void add(String mapped, List<TextPosition> positions) {
    TextPosition last = positions.get(positions.size() - 1);
    add(
        mapped,
        positions,
        positions.get(0).getXDirAdj(),
        last.getXDirAdj() + last.getWidthDirAdj());
  }

  private void add(String mapped, List<TextPosition> positions, float left, float right) {
    String word = mapped.strip();
    if (word.isEmpty()) {
      return;
    }
    chars += word.length() + 1;
    if (chars > maxChars) {
      throw new LimitExceededException("maxInputChars", maxChars, chars);
    }
    TextPosition first = positions.get(0);
    float top = Float.MAX_VALUE;
    for (TextPosition p : positions) {
      top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
    }
    Style style = styles.computeIfAbsent(first.getFont(), Style::of);
    line.add(
        new PdfWord(
            word, left, right, top, first.getYDirAdj(), size(first), style.bold(), style.italic()));
  }

  /**
   * The type's size as the page shows it: the text rendering matrix's vertical scale, which counts
   * the page's transformation too. The font size in points that PDFBox also offers leaves that out,
   * and reads 50 for the 12-point type of a page whose drawing is scaled down (Bolivia's 2024
   * General Debate statement).
   */
  private static float size(TextPosition p) {
    float shown = p.getYScale();
    return shown > 0 ? shown : p.getFontSizeInPt();
  }

  private void countUnmapped() {
    unmapped++;
  }

  private void endLine() {
    if (line != null && !line.isEmpty()) {
      lines.add(new PdfLine(line));
      line = new ArrayList<>();
    }
  }

  /** Whether the resources draw an image, looking into forms to the given depth. */
  private static boolean hasImages(PDResources resources, int depth) throws IOException {
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        return true;
      }
      if (depth > 0) {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth - 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
