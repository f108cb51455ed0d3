package io.github.undebate.parser.internal.verbatim;

import java.util.regex.Pattern;

/**
 * The notes with which bilingual records of the 1940s and 1950s set the interpreter's rendering of
 * a speech apart from it: a line "(Interpretation)", "(Interprétation)", "(Traduction)", "(French
 * interpretation)", "(Interpretation from English)", "(Interprétation de l'anglais)", or such a
 * part in a label repeated for the rendering ("Mr. SPAAK (Belgium) (interpretation from French):").
 * They are evidence, not proof: {@link Interpretations} still asks the text's language and length.
 */
final class InterpretationNotes {
  /** The words that name an interpretation, in English and French. */
  private static final String WORD =
      "(?:interpretation|interpr\u00e9tation|interpreted|traduction|translation|translated)";

  private static final String LANGUAGE_WORD =
      "(?:english|french|anglais|anglaise|fran\u00e7ais|fran\u00e7aise|francais|francaise)";

  private static final Pattern LINE =
      Pattern.compile(
          "^[(\\[]\\s*(?:"
              + LANGUAGE_WORD
              + "\\s+)?"
              + WORD
              + "(?:\\s+"
              + LANGUAGE_WORD
              + ")?(?:\\s+(?:from|into|in|de|du|en|vers)\\s+(?:l['\u2019]\\s*)?\\p{L}+)?\\s*[)\\]]\\s*\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern IN_LABEL =
      Pattern.compile("\\(\\s*" + WORD + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private InterpretationNotes() {}

  /** Whether the line is only such a note. */
  static boolean wholeLine(String line) {
    return !line.isEmpty()
        && (line.charAt(0) == '(' || line.charAt(0) == '[')
        && line.length() < 80
        && LINE.matcher(line).matches();
  }

  /** Whether a label's line holds such a note in parentheses. */
  static boolean inLabel(String labelLine) {
    return labelLine.indexOf('(') >= 0 && IN_LABEL.matcher(labelLine).find();
  }
}
