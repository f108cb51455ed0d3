package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.SourceLine;
import io.github.undebate.parser.internal.Whitespace;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides from the text itself whether it is a verbatim meeting record. Signs, each worth points: a
 * PV symbol on the first pages (2), a meeting number (1), a "President:" line in the header (1),
 * the record's own procedural notes (2), three or more speaker labels (1). Four points make a
 * verbatim record; a statement that cites a meeting record, or a press briefing with "THE
 * PRESIDENT:" labels, stays below.
 */
final class RecordKindSigns {
  private static final int HEAD_LINES = 150;
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b\\d{1,5}\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESIDENT_LINE =
      Pattern.compile("^\\s*(?:President|PRESIDENT)\\s*:\\s*\\S.*");
  private static final Pattern NOTE =
      Pattern.compile(
          "^\\s*The meeting (?:was called to order|rose|was suspended|was resumed|was adjourned)\\b");

  private RecordKindSigns() {}

  static boolean isVerbatimRecord(List<SourceLine> lines) {
    int points = 0;
    boolean symbol = false;
    boolean meeting = false;
    boolean president = false;
    boolean note = false;
    int labels = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text();
      // every test below first looks for what its pattern cannot match without (a letter-spaced
      // run, "PV", "meeting", "President", "The meeting", a colon), as this runs on every input
      if (i < HEAD_LINES && !(symbol && meeting && president)) {
        String repaired = mayBeLetterSpaced(line) ? LetterSpacing.repair(line) : line;
        symbol = symbol || repaired.contains("PV") && HeaderReader.SYMBOL.matcher(repaired).find();
        meeting =
            meeting || containsIgnoreCase(repaired, "meeting") && MEETING.matcher(repaired).find();
        president =
            president
                || (repaired.contains("President") || repaired.contains("PRESIDENT"))
                    && PRESIDENT_LINE.matcher(repaired).matches();
      }
      note = note || line.contains("The meeting ") && NOTE.matcher(line).find();
      if (labels < 3 && line.indexOf(':') >= 0 && SpeakerLabel.read(line.strip()).isPresent()) {
        labels++;
      }
    }
    points += symbol ? 2 : 0;
    points += meeting ? 1 : 0;
    points += president ? 1 : 0;
    points += note ? 2 : 0;
    points += labels >= 3 ? 1 : 0;
    return points >= 4;
  }

  /**
   * Whether {@link LetterSpacing#repair} can change the line: the same test (three single
   * characters in a row between single spaces of the stripped line), without cutting the line into
   * words: the tokens are read between the spaces that indexOf finds.
   */
  private static boolean mayBeLetterSpaced(String line) {
    // the stripped line's bounds; white space is never a surrogate, so characters do for code
    // points
    int from = Whitespace.stripStart(line, 0, line.length());
    int to = Whitespace.stripEnd(line, from, line.length());
    int run = 0;
    int tokenStart = from;
    while (tokenStart <= to) {
      int space = line.indexOf(' ', tokenStart);
      int tokenEnd = space < 0 || space > to ? to : space;
      run = isOneCodePoint(line, tokenStart, tokenEnd) ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
      tokenStart = tokenEnd + 1;
    }
    return false;
  }

  /** Whether {@code line[start, end)} is one code point, as {@code codePointCount} counts. */
  private static boolean isOneCodePoint(String line, int start, int end) {
    int length = end - start;
    return length == 1
        || length == 2
            && Character.isHighSurrogate(line.charAt(start))
            && Character.isLowSurrogate(line.charAt(start + 1));
  }

  /**
   * Whether the text holds the lower-case ASCII word in any ASCII case, as a pattern compiled with
   * {@code CASE_INSENSITIVE} alone matches it.
   */
  private static boolean containsIgnoreCase(String text, String word) {
    int last = text.length() - word.length();
    char first = word.charAt(0);
    char upper = (char) (first - ('a' - 'A'));
    for (int i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
      if (matchesAt(text, i, word)) {
        return true;
      }
    }
    for (int i = text.indexOf(upper); i >= 0 && i <= last; i = text.indexOf(upper, i + 1)) {
      if (matchesAt(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(String text, int at, String word) {
    for (int k = 1; k < word.length(); k++) {
      if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
