package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.Honorifics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A label that names a person: an honorific ("Mr.", "Sir", "Mrs.") and up to eight words of a name,
 * capitalised or particles ("Pecsteen de Buytswerve", "LI Zhaoxing", "al-Thani"), also after the
 * article of Spanish labels ("El Sr. Moncada", "La Sra. Ahmed"; the honorific is "Sr."). Not a
 * label that opens with "The " ({@link OfficeLabelForm}'s).
 */
final class PersonLabelForm implements LabelForm {
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*");
  private static final int MAX_WORDS = 8;

  /**
   * A letter with a diacritic that the PDF-to-text step set apart from its word ("Kaludjerovi ć"):
   * a lone lowercase letter outside ASCII, which no name prints as a word of its own (the particles
   * "y" and "e" are ASCII).
   */
  private static final Pattern LONE_LETTER =
      Pattern.compile("(?<=\\p{L}) ([\\p{Ll}&&[^a-z]])(?= |$)");

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "di", "du",
          "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "ter", "zu", "af", "av", "ould",
          "bint");

  /**
   * The French articles that follow an honorific in an address to an office ("Monsieur le
   * Président", "Madame la Ministre"), never in a label's name, which a particle opens only after a
   * given name or with a capital ("Le Pen").
   */
  private static final Set<String> ADDRESS_ARTICLES = Set.of("le", "la", "les", "l'", "l\u2019");

  /** The articles Spanish labels print before the honorific ("El Sr.", "La Sra."). */
  private static final List<String> ARTICLES = List.of("El ", "EL ", "La ", "LA ");

  /**
   * Offices, not names, after an honorific: "Mr. President," in a speech, "M. le Président :" and
   * "Sr. Presidente:" addressing the Chair.
   */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "president",
          "chairman",
          "chair",
          "secretary-general",
          "speaker",
          "minister",
          "le président",
          "la présidente",
          "président",
          "présidente",
          "le secrétaire général",
          "presidente",
          "presidenta",
          "el presidente",
          "la presidenta");

  @Override
  public Optional<Who> read(String text, int from) {
    if (text.startsWith("The ", from) || text.startsWith("THE ", from)) {
      return Optional.empty();
    }
    int start = from;
    for (String article : ARTICLES) {
      if (text.startsWith(article, from)) {
        start = from + article.length();
        break;
      }
    }
    Optional<String> h = Honorifics.standard().leading(text, start);
    if (h.isEmpty()
        || !Character.isUpperCase(h.get().charAt(0))
        || start + h.get().length() >= text.length()
        || text.charAt(start + h.get().length()) != ' ') {
      return Optional.empty();
    }
    String honorific = h.get();
    int p = start + honorific.length();
    int nameEnd = p;
    int words = 0;
    int q = p;
    while (q < text.length() && words < MAX_WORDS) {
      while (q < text.length() && text.charAt(q) == ' ') {
        q++;
      }
      int s = q;
      while (q < text.length() && " (:,;".indexOf(text.charAt(q)) < 0) {
        q++;
      }
      if (s == q || !isNameWord(text.substring(s, q))) {
        break;
      }
      words++;
      nameEnd = q;
    }
    if (words == 0) {
      return Optional.empty();
    }
    String name = LONE_LETTER.matcher(text.substring(p, nameEnd).strip()).replaceAll("$1");
    if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String firstWord = name.split(" ")[0];
    if (ADDRESS_ARTICLES.contains(firstWord)) {
      // "Monsieur le Président :", "Madame la Présidente :": an address, misspelt or not
      return Optional.empty();
    }
    if (name.length() > 1
        && !Character.isUpperCase(name.codePointAt(0))
        && !PARTICLES.contains(firstWord.toLowerCase(Locale.ROOT))
        && !firstWord.startsWith("al-")
        && !firstWord.startsWith("el-")) {
      return Optional.empty();
    }
    return Optional.of(new Who(Optional.empty(), honorific, name, nameEnd));
  }

  private static boolean isNameWord(String w) {
    return NAME_WORD.matcher(w).matches()
        || PARTICLES.contains(w.toLowerCase(Locale.ROOT))
        || w.codePointCount(0, w.length()) == 1
        || (w.startsWith("al-") || w.startsWith("el-") || w.startsWith("bin-"));
  }
}
