package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.Honorifics;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A label that names a person: an honorific ("Mr.", "Sir", "Mrs.") and up to eight words of a name,
 * capitalised or particles ("Pecsteen de Buytswerve", "LI Zhaoxing", "al-Thani"). Not a label that
 * opens with "The " ({@link OfficeLabelForm}'s).
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
  private static final Set<String> NOT_NAMES =
      Set.of("president", "chairman", "chair", "secretary-general", "speaker", "minister");

  @Override
  public Optional<Who> read(String text, int from) {
    if (text.startsWith("The ", from) || text.startsWith("THE ", from)) {
      return Optional.empty();
    }
    Optional<String> h = Honorifics.standard().leading(text, from);
    if (h.isEmpty()
        || !Character.isUpperCase(h.get().charAt(0))
        || from + h.get().length() >= text.length()
        || text.charAt(from + h.get().length()) != ' ') {
      return Optional.empty();
    }
    String honorific = h.get();
    int p = from + honorific.length();
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
