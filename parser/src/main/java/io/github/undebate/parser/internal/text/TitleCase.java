package io.github.undebate.parser.internal.text;

import java.util.Locale;

/** Words in title case: "SENIOR ADMINISTRATION OFFICIAL" as "Senior Administration Official". */
public final class TitleCase {
  private TitleCase() {}

  /**
   * Every word (what stands between single spaces) lower-cased with its first character
   * upper-cased. Spaces between words stay as they were; those before the first word are dropped.
   */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String w : text.toLowerCase(Locale.ROOT).split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (!w.isEmpty()) {
        out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      }
    }
    return out.toString();
  }

  /**
   * {@link #of} for a text printed in capitals only ("NEW YORK" gives "New York"); any other text
   * as it is ("New York", "Geneva").
   */
  public static String ofCapitals(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT)) ? of(text) : text;
  }
}
