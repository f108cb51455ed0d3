package io.github.undebate.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A font mapper that never scans the system's fonts. PDFBox's default mapper, on the first font a
 * PDF names without embedding it, lists and parses every font installed on the machine (seconds in
 * a fresh JVM) to find a look-alike for drawing it. Reading text needs no look-alike: widths come
 * from the PDF or the standard fonts' metrics, which PDFBox carries. Every request gets the sans
 * font that PDFBox ships as its last resort.
 *
 * <p>The mapper is PDFBox's global setting. It is installed when this module is first used unless
 * the system property {@value #KEEP_PROPERTY} is {@code true}, for an application that also renders
 * PDFs with PDFBox and wants system fonts. Under the same condition PDFBox's and FontBox's
 * java.util.logging loggers, when nothing has set their level, are set to SEVERE: their warnings
 * about fonts ("No Unicode mapping for …", once per glyph) say nothing a reader of debates can act
 * on, and the parser reports what it could not read in its own diagnostics.
 */
final class QuietFonts implements FontMapper {
  /** The system property that keeps PDFBox's own font mapper. */
  static final String KEEP_PROPERTY = "undebate.pdf.pdfboxDefaults";

  /** Held, since java.util.logging keeps loggers only while someone does. */
  private static final Logger[] LOGGERS = {
    Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")
  };

  private static final String LAST_RESORT =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private TrueTypeFont font;

  private QuietFonts() {}

  static void install() {
    if (!Boolean.getBoolean(KEEP_PROPERTY)) {
      FontMappers.set(new QuietFonts());
      for (Logger logger : LOGGERS) {
        if (logger.getLevel() == null) {
          logger.setLevel(Level.SEVERE);
        }
      }
    }
  }

  private synchronized TrueTypeFont font() {
    if (font == null) {
      try (InputStream in = FontMapper.class.getResourceAsStream(LAST_RESORT)) {
        if (in == null) {
          throw new IOException("PDFBox's " + LAST_RESORT + " is missing");
        }
        font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return font;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font(), true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font(), true);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
    return new CIDFontMapping(null, font(), true);
  }
}
