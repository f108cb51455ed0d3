package io.github.undebate.parser.internal.statement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label that opens a line of a briefing's transcript and names who speaks next: a post in
 * capitals ("SENIOR ADMINISTRATION OFFICIAL:") or a question from the press ("Q:", "Q "). The rules
 * are tried in that order.
 *
 * @param label the label as the speaker's raw text keeps it ("SENIOR ADMINISTRATION OFFICIAL:",
 *     "Q")
 * @param end where the label ends in the line, white space after it included
 */
record SpeakerLabel(String label, int end) {
  private static final Pattern CAPITALS =
      Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’ -]{1,60}\\p{Lu}\\.?):\\s*");
  private static final Pattern QUESTION = Pattern.compile("^Q(?::\\s*|\\s+)(?=\\S)");
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?");
  private static final int MAX_WORDS = 6;

  /** The label that opens the line, if any. */
  static Optional<SpeakerLabel> at(String text) {
    Matcher m = capitals(text);
    if (m != null
        && m.group(1).split(" ").length <= MAX_WORDS
        && !ROMAN.matcher(m.group(1)).matches()) {
      return Optional.of(new SpeakerLabel(m.group(1) + ":", m.end()));
    }
    Matcher q = question(text);
    if (q != null) {
      return Optional.of(new SpeakerLabel("Q", q.end()));
    }
    return Optional.empty();
  }

  /**
   * Whether a label of either kind, however long, opens the line: where a label stands the heading
   * has ended.
   */
  static boolean opens(String text) {
    return capitals(text) != null || question(text) != null;
  }

  /** The line after the label, stripped. */
  String rest(String text) {
    return text.substring(end).strip();
  }

  /** The label as printed in the line, stripped. */
  String printed(String text) {
    return text.substring(0, end).strip();
  }

  /**
   * The matcher that found a label in capitals at the start of the text, or null; the pattern is
   * tried only on a text that opens with a capital and has a colon.
   */
  private static Matcher capitals(String text) {
    if (text.isEmpty()
        || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER
        || text.indexOf(':') < 0) {
      return null;
    }
    Matcher m = CAPITALS.matcher(text);
    return m.find() ? m : null;
  }

  /** The matcher that found a question label ("Q:") at the start of the text, or null. */
  private static Matcher question(String text) {
    if (!text.startsWith("Q")) {
      return null;
    }
    Matcher q = QUESTION.matcher(text);
    return q.find() ? q : null;
  }
}
