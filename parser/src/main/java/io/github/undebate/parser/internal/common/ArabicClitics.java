package io.github.undebate.parser.internal.common;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The conjunctions and prepositions Arabic writes joined to the word after them: "والكويت" (and
 * Kuwait), "بالعراق" (in Iraq), "فالسودان", "لمصر"; "ل" before the article drops its alef
 * ("للكويت", "وللعراق"). {@link NameIndex} adds every Arabic name also as printed with each of
 * them, so that only a word whose remainder is a whole name of the table, article included where
 * the table has one, is that name: "بلاد" (country) is no "ب" before a name.
 */
final class ArabicClitics {
  private ArabicClitics() {}

  // "and", "so" alone or before "by/in", "for/to", "like"; each also alone
  private static final List<String> CLITICS =
      List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك");

  /**
   * Gives {@code joined} each form of a name's first word, folded, with a clitic joined to it, and
   * the number of the clitic's letters; nothing for a word that does not open with an Arabic
   * letter.
   */
  static void forEach(String first, ObjIntConsumer<String> joined) {
    if (first.isEmpty() || first.charAt(0) < '\u0621' || first.charAt(0) > '\u064A') {
      return;
    }
    boolean article = first.length() > 2 && first.startsWith("ال");
    for (String clitic : CLITICS) {
      if (article && clitic.endsWith("ل")) {
        // "ل" and "ال" are written "لل"
        joined.accept(clitic + first.substring(1), clitic.length());
      } else {
        joined.accept(clitic + first, clitic.length());
      }
    }
  }

  /**
   * The offset in {@code text} after the first {@code letters} letters of the word at {@code start}
   * and the marks and tatweel that follow them; {@code start} itself where a presentation form
   * holds letters of both the clitic and the name, so a match never starts inside a character.
   */
  static int after(String text, int start, int letters) {
    int i = start;
    int remaining = letters;
    while (remaining > 0) {
      if (i >= text.length()) {
        return start;
      }
      int shown = shown(text.charAt(i));
      if (shown > remaining) {
        return start;
      }
      remaining -= shown;
      i++;
    }
    while (i < text.length() && shown(text.charAt(i)) == 0) {
      i++;
    }
    return i;
  }

  /** How many letters a character of a word shows: none for a mark or the tatweel. */
  private static int shown(char c) {
    if (ArabicLetters.isPresentationForm(c)) {
      return ArabicLetters.letters(c);
    }
    return Character.isLetter(c) && c != '\u0640' ? 1 : 0;
  }
}
