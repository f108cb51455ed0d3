package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes that say in what language a speaker spoke, "(spoke in French)" or "(speaking in
 * Arabic)", and as French and Spanish records print them, "(parle en anglais)", "(habla en
 * inglés)", on a line of their own or inside a line of speech. They are not speech: the reader
 * removes them and keeps the language.
 */
final class LanguageNotes {
  /** "spoke in", "parle en", "habla en": what opens a note before the language. */
  private static final String SPOKE =
      "(?:(?:spoke|speaking)\\s+in|(?:parle|parlant|habla|hablando)\\s+en)";

  private static final Pattern LINE =
      Pattern.compile(
          "^\\(\\s*" + SPOKE + "\\s+(\\p{L}+)\\s*\\)\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INLINE =
      Pattern.compile(
          "\\(\\s*" + SPOKE + "\\s+(\\p{L}+)\\s*\\)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The notes cut out of a line of speech.
   *
   * @param notes the notes as printed, in order
   * @param languages the languages they name, in order
   * @param rest the line without them, stripped
   */
  record Cut(List<String> notes, List<String> languages, String rest) {}

  private LanguageNotes() {}

  /**
   * Whether a language note may stand in the line: a parenthesis opens every note, and "spoke",
   * "speaking", "parle" or "habla" (in any case) follows it after white space; most parentheses of
   * speech hold a symbol or a year.
   */
  private static boolean mayHold(String line) {
    for (int open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
      int k = open + 1;
      while (k < line.length() && Whitespace.isSpace(line.charAt(k))) {
        k++;
      }
      if (k < line.length() && "sSpPhH".indexOf(line.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The language a line that is only a language note names. */
  static Optional<String> wholeLine(String line) {
    if (line.isEmpty() || line.charAt(0) != '(') {
      return Optional.empty();
    }
    Matcher m = LINE.matcher(line);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The language notes inside a line of speech, cut out; empty when it holds none. */
  static Optional<Cut> inline(String line) {
    if (!mayHold(line)) {
      return Optional.empty();
    }
    Matcher m = INLINE.matcher(line);
    List<String> notes = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    while (m.find()) {
      notes.add(m.group());
      languages.add(m.group(1));
    }
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Cut(notes, languages, m.reset().replaceAll(" ").strip()));
  }
}
