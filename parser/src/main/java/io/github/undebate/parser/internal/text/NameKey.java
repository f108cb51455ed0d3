package io.github.undebate.parser.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A key to compare names and headings by, whatever their case, accents and punctuation: marks
 * dropped after decomposition, lower case, every run of characters other than letters and digits
 * one space, none at either end ("Mr. Nebenzia (Russian Federation)" gives "mr nebenzia russian
 * federation"). The speed trick lives here: ASCII text, which decomposition leaves alone, is folded
 * in one pass without the regular expressions.
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {}

  /** The key of the text; "" for null. */
  public static String of(String s) {
    if (s == null) {
      return "";
    }
    String ascii = ofAscii(s);
    if (ascii != null) {
      return ascii;
    }
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_LETTERS.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** As {@link #of} for ASCII text; null when {@code s} is not ASCII. */
  private static String ofAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
