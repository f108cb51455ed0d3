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
 * PDFBox's text stripper, kept for what it does well (glyphs to Unicode, diacritics, right-to-left
 * runs, words and lines in drawing order), with its output taken as words with their boxes and type
 * instead of a string. Glyphs that their font maps to no Unicode become U+FFFD and are counted;
 * private-use code points are mapped through the glyph's name ({@link Glyphs}).
 */
final class WordCollector extends PDFTextStripper {
  private final int maxChars;
  private final List<PdfPage> pages = new ArrayList<>();
  private final Map<PDFont, Style> styles = new IdentityHashMap<>();
  private List<PdfLine> lines;
  private List<PdfWord> line;
  private PDPage page;
  private int unmapped;
  private long chars;

  WordCollector(int maxChars) {
    this.maxChars = maxChars;
    // drawing order: a page that draws its columns one after the other is read that way
    setSortByPosition(false);
    // A gap under 0.7 of a space is kerning, not a word break: PDFBox's defaults (half a space, a
    // third of the average glyph) cut words at the kerned pairs that typesetters leave around
    // ligatures and capitals ("f loor" in Security Council records, "N ew York" in a statement).
    // Words that a page separates by position alone stand a whole space apart or more.
    setSpacingTolerance(0.7f);
    setAverageCharTolerance(0.7f);
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
    String mapped = Glyphs.text(text, positions, this::countUnmapped);
    String word = mapped.strip();
    if (word.isEmpty()) {
      return;
    }
    chars += word.length() + 1;
    if (chars > maxChars) {
      throw new LimitExceededException("maxInputChars", maxChars, chars);
    }
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    float top = Float.MAX_VALUE;
    for (TextPosition p : positions) {
      top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
    }
    Style style = styles.computeIfAbsent(first.getFont(), Style::of);
    line.add(
        new PdfWord(
            word,
            first.getXDirAdj(),
            last.getXDirAdj() + last.getWidthDirAdj(),
            top,
            first.getYDirAdj(),
            first.getFontSizeInPt(),
            style.bold(),
            style.italic()));
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
