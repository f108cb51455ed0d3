package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows who a label names, up to its colon: parenthesised parts (a country or organisation,
 * or a language note "(spoke in Russian)", "(interpretation from French)"), a post after a comma
 * ("Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee:"), and a stray colon before the
 * parentheses ("Mr. Briz Gutiérrez : (Guatemala)"). French labels set a space before the colon ("M.
 * PARODI (France) :") and print the language note as "(parle en anglais)", Spanish ones as "(habla
 * en francés)".
 */
final class LabelTail {
  /** The most parenthesised parts and posts a label has. */
  private static final int MAX_PARTS = 4;

  private static final int MAX_AFFILIATION = 120;
  private static final int MAX_POST = 150;

  /** How far from its opening a parenthesis must close. */
  private static final int MAX_PARENTHESIS = 160;

  /**
   * A language note: "(spoke in Russian)", "(interpretation from French)", and as French and
   * Spanish labels print it, "(parle en anglais)", "(interprétation de l'anglais)", "(habla en
   * francés)", "(interpretación del inglés)". The language is named as printed; {@code
   * languages.tsv} knows its French and Spanish names.
   */
  private static final Pattern LANGUAGE =
      Pattern.compile(
          "^\\s*(?:spoke|speaking|parle|parlant|habla|hablando)\\s+(?:in|en)\\s+(\\p{L}+)\\s*$|"
              + "^\\s*(?:interpretation|translated|translation)\\s+from\\s+(\\p{L}+)\\s*$|"
              + "^\\s*(?:interpr\u00e9tation|traduction|traduit|interpretaci\u00f3n|traducci\u00f3n)"
              + "\\s+(?:de\\s+l['\u2019]\\s*|du\\s+|del\\s+|de\\s+)(\\p{L}+)\\s*$|"
              // a bare note of bilingual records, "(Interpretation)", names no language
              + "^\\s*(?:interpretation|interpr\u00e9tation|traduction|translation)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LANGUAGE_IN_RAW =
      Pattern.compile(
          "\\s*\\(\\s*(?:spoke|speaking|interpretation|translated|parle|habla|interpr\u00e9tation"
              + "|interpretaci\u00f3n|traduction|traducci\u00f3n)[^()]*\\)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private LabelTail() {}

  /**
   * The label whose who-part the form read.
   *
   * @param text the label's text
   * @param from where the label starts
   * @param who what the form read
   * @param numbered whether a paragraph number stood before the label
   * @return the label, or empty when no colon ends it as a label's
   */
  static Optional<SpeakerLabel> read(String text, int from, LabelForm.Who who, boolean numbered) {
    int pos = who.end();
    List<String> affiliations = new ArrayList<>();
    String language = null;
    String post = null;
    int rawEnd = pos;
    int probe = skipSpaces(text, pos);
    if (probe < text.length() && text.charAt(probe) == ':' && who.name() != null) {
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
    for (int k = 0; k < MAX_PARTS; k++) {
      int p = skipSpaces(text, pos);
      if (p < text.length() && text.charAt(p) == '(') {
        int close = parenEnd(text, p);
        if (close < 0) {
          return Optional.empty();
        }
        String inner = Whitespace.fold(text.substring(p + 1, close).strip());
        Optional<String> lang = languageNote(inner);
        if (lang.isPresent()) {
          language = lang.get().isEmpty() ? language : lang.get();
        } else {
          if (inner.isEmpty() || inner.length() > MAX_AFFILIATION) {
            return Optional.empty();
          }
          affiliations.add(inner);
          rawEnd = close + 1;
        }
        pos = close + 1;
        continue;
      }
      if (p < text.length() && text.charAt(p) == ',' && !affiliations.isEmpty()) {
        int colon = text.indexOf(':', p);
        if (colon < 0 || colon - p > MAX_POST) {
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
    if (p >= text.length()
        || (text.charAt(p) != ':' && !(text.charAt(p) == ';' && inCapitals(who)))) {
      return Optional.empty();
    }
    if (who.office().isPresent() && who.name() == null && affiliations.size() > 1) {
      return Optional.empty();
    }
    String raw = Whitespace.fold(text.substring(from, rawEnd)).strip();
    if (raw.indexOf('(') >= 0) {
      // a language note before the post leaves the raw form
      raw = LANGUAGE_IN_RAW.matcher(raw).replaceAll("");
    }
    return Optional.of(
        new SpeakerLabel(
            raw,
            who.office(),
            who.honorific(),
            who.name(),
            affiliations,
            post,
            language,
            p + 1,
            numbered));
  }

  /**
   * Whether the label names who speaks in capitals ("MR. MOLOTOV", "THE PRESIDENT"): the older
   * records whose OCR reads the label's colon as a semicolon, which no speech opens with after a
   * name in capitals.
   */
  private static boolean inCapitals(LabelForm.Who who) {
    String printed = who.name() != null ? who.name() : who.office().map(Office::post).orElse("");
    return printed.chars().anyMatch(Character::isLetter)
        && printed.equals(printed.toUpperCase(Locale.ROOT));
  }

  /**
   * The language a parenthesised part names, when it is a language note: empty for a bare
   * "(Interpretation)", which names none.
   */
  static Optional<String> languageNote(String part) {
    Matcher m = LANGUAGE.matcher(part);
    if (!m.matches()) {
      return Optional.empty();
    }
    String named = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return Optional.of(named == null ? "" : named);
  }

  /**
   * The first offset from {@code pos} on that is no space; the no-break spaces French typography
   * sets before a colon ("M. PARODI (France) :") count as spaces.
   */
  private static int skipSpaces(String text, int pos) {
    while (pos < text.length()
        && (text.charAt(pos) == ' '
            || text.charAt(pos) == '\u00a0'
            || text.charAt(pos) == '\u202f')) {
      pos++;
    }
    return pos;
  }

  /** The index of the parenthesis closing the one at {@code open}, one level of nesting allowed. */
  private static int parenEnd(String text, int open) {
    int depth = 0;
    int limit = Math.min(text.length(), open + MAX_PARENTHESIS);
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
