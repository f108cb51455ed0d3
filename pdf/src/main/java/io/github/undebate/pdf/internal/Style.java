package io.github.undebate.pdf.internal;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/** A font's weight and slant, from its descriptor's flags and weight, else from its name. */
record Style(boolean bold, boolean italic) {

  static Style of(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor d = font.getFontDescriptor();
    boolean bold =
        name.contains("bold")
            || name.contains("black")
            || name.contains("heavy")
            || name.contains("semibold")
            || name.contains("demi")
            || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
    boolean italic =
        name.contains("italic")
            || name.contains("oblique")
            || (d != null && (d.isItalic() || d.getItalicAngle() != 0));
    return new Style(bold, italic);
  }
}
