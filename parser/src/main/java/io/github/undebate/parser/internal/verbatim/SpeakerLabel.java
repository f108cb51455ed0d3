package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.Honorifics;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker label as a verbatim record prints it at the start of a turn: "The President:", "Mr.
 * Nebenzia (Russian Federation) (spoke in Russian):", "Mr. Garayev (Azerbaijan), Rapporteur of the
 * Third Committee:", "The PRESIDENT (interpretation from French):".
 *
 * @param raw the label as printed without its colon and language note, whitespace folded
 * @param office the office a label such as "The President" names, as printed ("President"), or null
 *     for a label that names a person
 * @param officeRole the office's role from {@code presiding-labels.tsv} ("president", "acting",
 *     "secretariat"), or null
 * @param honorific the honorific of a person's label ("Mr."), or null
 * @param name the person's name as printed, or null
 * @param affiliations the parenthesised parts that are not a language note ("Russian Federation")
 * @param post the post printed after a comma ("Rapporteur of the Third Committee"), or null
 * @param language the language named by "(spoke in X)" or "(interpretation from X)", or null
 * @param end the offset in the matched text just after the label's colon
 * @param numbered whether a paragraph number stood before the label ("12. The PRESIDENT:")
 */
record SpeakerLabel(
    String raw,
    String office,
    String officeRole,
    String honorific,
    String name,
    List<String> affiliations,
    String post,
    String language,
    int end,
    boolean numbered) {

  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s+");
  private static final Pattern LANGUAGE =
      Pattern.compile(
          "^\\s*(?:spoke|speaking)\\s+in\\s+(\\p{L}+)\\s*$|"
              + "^\\s*(?:interpretation|translated|translation)\\s+from\\s+(\\p{L}+)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LANGUAGE_IN_RAW =
      Pattern.compile("\\s*\\(\\s*(?:spoke|speaking|interpretation|translated)[^()]*\\)");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "del", "della", "dos", "das", "do", "van", "von", "der", "den", "di", "du",
          "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "ter", "zu", "af", "av", "ould",
          "bint");
  private static final Set<String> NOT_NAMES =
      Set.of("president", "chairman", "chair", "secretary-general", "speaker", "minister");

  private static final List<String[]> OFFICES = new ArrayList<>();

  static {
    for (ResourceTable.Row row :
        ResourceTable.read(SpeakerLabel.class, "presiding-labels.tsv", 2, 2)) {
      OFFICES.add(new String[] {row.cell(0), row.cell(1)});
    }
    // Longest first, so that "Acting President" wins over "President".
    OFFICES.sort((a, b) -> b[1].length() - a[1].length());
  }

  /** The language note as a parenthesised part reads, or empty when the part is not one. */
  static Optional<String> languageNote(String part) {
    Matcher m = LANGUAGE.matcher(part);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /**
   * Reads a label at the start of {@code text} (one line, or a line with the next lines joined by
   * single spaces).
   *
   * @return the label, or empty when the text does not start with one
   */
  static Optional<SpeakerLabel> read(String text) {
    if (text.length() > 600) {
      text = text.substring(0, 600);
    }
    int pos = 0;
    Matcher num = NUMBERED.matcher(text);
    boolean numbered = num.lookingAt();
    if (numbered) {
      pos = num.end();
    }
    String office = null;
    String officeRole = null;
    String honorific = null;
    String name = null;
    int whoStart = pos;
    if (text.startsWith("The ", pos)) {
      int after = pos + 4;
      for (String[] o : OFFICES) {
        String form = o[1];
        if (text.regionMatches(true, after, form, 0, form.length())) {
          int e = after + form.length();
          if (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            continue;
          }
          if (e < text.length() && text.charAt(e) == '-') {
            continue;
          }
          office = text.substring(after, e);
          officeRole = o[0];
          pos = e;
          break;
        }
      }
      if (office == null) {
        return Optional.empty();
      }
    } else {
      Optional<String> h = Honorifics.standard().leading(text, pos);
      if (h.isEmpty()
          || !Character.isUpperCase(h.get().charAt(0))
          || pos + h.get().length() >= text.length()
          || text.charAt(pos + h.get().length()) != ' ') {
        return Optional.empty();
      }
      honorific = h.get();
      int p = pos + honorific.length();
      int nameEnd = p;
      int words = 0;
      int q = p;
      while (q < text.length() && words < 8) {
        while (q < text.length() && text.charAt(q) == ' ') {
          q++;
        }
        int s = q;
        while (q < text.length() && " (:,;".indexOf(text.charAt(q)) < 0) {
          q++;
        }
        if (s == q) {
          break;
        }
        String w = text.substring(s, q);
        boolean ok =
            NAME_WORD.matcher(w).matches()
                || PARTICLES.contains(w.toLowerCase(Locale.ROOT))
                || w.codePointCount(0, w.length()) == 1
                || (w.startsWith("al-") || w.startsWith("el-") || w.startsWith("bin-"));
        if (!ok) {
          break;
        }
        words++;
        nameEnd = q;
      }
      if (words == 0) {
        return Optional.empty();
      }
      name = text.substring(p, nameEnd).strip();
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
      pos = nameEnd;
    }
    int whoEnd = pos;
    List<String> affiliations = new ArrayList<>();
    String language = null;
    String post = null;
    int rawEnd = whoEnd;
    // A stray colon between the name and its parentheses ("Mr. Briz Gutiérrez : (Guatemala)").
    int probe = skipSpaces(text, pos);
    if (probe < text.length() && text.charAt(probe) == ':' && name != null) {
      int after = skipSpaces(text, probe + 1);
      if (after < text.length() && text.charAt(after) == '(') {
        int close = parenEnd(text, after);
        if (close > 0) {
          int next = skipSpaces(text, close + 1);
          if (next < text.length() && (text.charAt(next) == ':' || text.charAt(next) == '(')) {
            pos = after;
          }
        }
      }
    }
    for (int k = 0; k < 4; k++) {
      int p = skipSpaces(text, pos);
      if (p < text.length() && text.charAt(p) == '(') {
        int close = parenEnd(text, p);
        if (close < 0) {
          return Optional.empty();
        }
        String inner = Whitespace.fold(text.substring(p + 1, close).strip());
        Optional<String> lang = languageNote(inner);
        if (lang.isPresent()) {
          language = lang.get();
        } else {
          if (inner.isEmpty() || inner.length() > 120) {
            return Optional.empty();
          }
          affiliations.add(inner);
          rawEnd = close + 1;
        }
        pos = close + 1;
        continue;
      }
      if (p < text.length() && text.charAt(p) == ',' && (!affiliations.isEmpty())) {
        int colon = text.indexOf(':', p);
        if (colon < 0 || colon - p > 150) {
          return Optional.empty();
        }
        String candidate = text.substring(p + 1, colon).strip();
        if (candidate.isEmpty() || candidate.indexOf('(') >= 0 || candidate.indexOf('.') >= 0) {
          return Optional.empty();
        }
        post = Whitespace.fold(candidate);
        rawEnd = colon;
        pos = colon;
        continue;
      }
      break;
    }
    int p = skipSpaces(text, pos);
    if (p >= text.length() || text.charAt(p) != ':') {
      return Optional.empty();
    }
    if (office != null && name == null && affiliations.size() > 1) {
      return Optional.empty();
    }
    String raw = Whitespace.fold(text.substring(whoStart, rawEnd)).strip();
    // Remove a language note that sits before the post from the raw form.
    if (raw.indexOf('(') >= 0) {
      raw = LANGUAGE_IN_RAW.matcher(raw).replaceAll("");
    }
    return Optional.of(
        new SpeakerLabel(
            raw,
            office,
            officeRole,
            honorific,
            name,
            List.copyOf(affiliations),
            post,
            language,
            p + 1,
            numbered));
  }

  private static int skipSpaces(String text, int pos) {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
    return pos;
  }

  /** The index of the parenthesis closing the one at {@code open}, one level of nesting allowed. */
  private static int parenEnd(String text, int open) {
    int depth = 0;
    int limit = Math.min(text.length(), open + 160);
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
        if (depth > 2) {
          return -1;
        }
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      } else if (c == ':' && depth > 0) {
        return -1;
      }
    }
    return -1;
  }
}
