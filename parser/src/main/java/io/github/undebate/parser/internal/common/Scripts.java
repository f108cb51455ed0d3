package io.github.undebate.parser.internal.common;

import io.github.undebate.parser.internal.text.TextChars;

/**
 * Which names and texts are written in a script other than Latin (Cyrillic, Arabic, Chinese...).
 * The country table indexes such names apart, and only when a text first holds such a letter: an
 * English record never needs them, and folding them (decomposition, Arabic letter forms, the forms
 * with a joined conjunction) was most of the table's cost at every start.
 */
final class Scripts {
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

  private Scripts() {}

  /** Where a name's letters are from. */
  enum Kind {
    /** Latin letters only (with any letter below U+0370). */
    LATIN,
    /** Letters of other scripts only, all from U+0370 on. */
    OTHER,
    /** Both: refused, as such a name could overlap names of either kind in a text. */
    MIXED
  }

  /** The kind of a name's letters; {@link Kind#LATIN} for a name without letters. */
  static Kind of(String name) {
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      // no Latin letter stands between U+0370 and U+1CFF (Greek to Vedic): Cyrillic and Arabic
      // names are told without the script table's search
      if (c < 0x370
          || c >= 0x1D00 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        latin = true;
      } else {
        other = true;
      }
    }
    return other ? latin ? Kind.MIXED : Kind.OTHER : Kind.LATIN;
  }

  /**
   * Whether {@code text} may hold a word of a name of {@link Kind#OTHER}: a letter from U+0370 on
   * (or a surrogate, for letters beyond the Basic Multilingual Plane). Folding never turns a
   * character below U+0370 into one above it, so a text without one holds no such name.
   */
  static boolean mayHoldOther(String text) {
    // a String read in chunks, not a CharSequence read by charAt: the loop runs over every speech,
    // and with the quick compiler alone a call per character doubles its cost (TextChars)
    TextChars chars = CHARS.get();
    for (int from = 0; from < text.length(); from += TextChars.CHUNK) {
      int to = Math.min(text.length(), from + TextChars.CHUNK);
      char[] a = chars.chunk(text, from, to);
      for (int i = from; i < to; i++) {
        char c = a[i - from];
        if (c >= 0x370 && (Character.isLetter(c) || Character.isSurrogate(c))) {
          return true;
        }
      }
    }
    return false;
  }
}
