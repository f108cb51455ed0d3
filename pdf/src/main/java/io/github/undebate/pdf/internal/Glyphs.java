package io.github.undebate.pdf.internal;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.TextPosition;

/**
 * Glyphs to text where the font's own map falls short. A glyph that the font maps to no Unicode
 * (PDFBox then passes its code on as if it were a letter) becomes U+FFFD and is counted. A glyph
 * mapped into the private use area, as symbol fonts and some UN fonts do, is read through its glyph
 * name ("bullet", "endash", "uni2019") when the name says more.
 */
final class Glyphs {
  private Glyphs() {}

  /** The word's text, with unmapped and private-use glyphs dealt with. */
  static String text(
      String text, List<TextPosition> positions, Map<PDFont, byte[]> known, Runnable onUnmapped) {
    if (!needsLook(text, positions, known)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (TextPosition p : positions) {
      String unicode = p.getUnicode();
      PDFont font = p.getFont();
      int[] codes = p.getCharacterCodes();
      if (codes != null && codes.length == 1 && font != null && !mapped(font, codes[0], known)) {
        onUnmapped.run();
        sb.append('\uFFFD');
      } else if (unicode != null && isPrivateUse(unicode) && font instanceof PDSimpleFont simple) {
        sb.append(byName(simple, codes, unicode));
      } else if (unicode != null) {
        sb.append(unicode);
      }
    }
    return sb.toString();
  }

  /** Whether any glyph of the word is unmapped or private use; most words have neither. */
  private static boolean needsLook(
      String text, List<TextPosition> positions, Map<PDFont, byte[]> known) {
    for (int i = 0; i < text.length(); i++) {
      if (isPrivateUse(text.charAt(i))) {
        return true;
      }
    }
    for (TextPosition p : positions) {
      int[] codes = p.getCharacterCodes();
      if (codes != null
          && codes.length == 1
          && p.getFont() != null
          && !mapped(p.getFont(), codes[0], known)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the font maps the code to Unicode. Only simple fonts pass an unmapped code on (PDFBox
   * drops a composite font's unmapped glyph); their answers are kept per font and code, since
   * asking again for every glyph would cost as much as the font's own lookup.
   */
  private static boolean mapped(PDFont font, int code, Map<PDFont, byte[]> known) {
    if (!(font instanceof PDSimpleFont) || code < 0 || code > 255) {
      return true;
    }
    byte[] states = known.computeIfAbsent(font, f -> new byte[256]);
    if (states[code] == 0) {
      boolean mapped;
      try {
        mapped = font.toUnicode(code) != null;
      } catch (RuntimeException e) {
        mapped = false;
      }
      states[code] = (byte) (mapped ? 1 : 2);
    }
    return states[code] == 1;
  }

  private static String byName(PDSimpleFont font, int[] codes, String unicode) {
    if (codes == null || codes.length != 1 || font.getEncoding() == null) {
      return unicode;
    }
    String name = font.getEncoding().getName(codes[0]);
    String fromName = name == null ? null : GlyphList.getAdobeGlyphList().toUnicode(name);
    if (fromName != null && !isPrivateUse(fromName)) {
      return fromName;
    }
    int cp = unicode.codePointAt(0);
    // symbol fonts put their glyphs at U+F020-U+F0FF: the low byte is the Symbol encoding's code
    if (cp >= 0xF020 && cp <= 0xF0FF) {
      String symbol =
          org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding.INSTANCE.getName(cp - 0xF000);
      String s = symbol == null ? null : GlyphList.getAdobeGlyphList().toUnicode(symbol);
      if (s != null && !".notdef".equals(symbol)) {
        return s;
      }
    }
    return unicode;
  }

  private static boolean isPrivateUse(String s) {
    return !s.isEmpty() && isPrivateUse(s.charAt(0));
  }

  private static boolean isPrivateUse(char c) {
    return c >= '\uE000' && c <= '\uF8FF';
  }
}
