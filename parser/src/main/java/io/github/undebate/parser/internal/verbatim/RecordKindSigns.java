package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides from the text itself whether it is a verbatim meeting record. Signs, each worth points: a
 * PV symbol on the first pages (2), a meeting number (1), a "President:" line in the header (1),
 * the record's own procedural notes (2), three or more speaker labels (1). Four points make a
 * verbatim record; a statement that cites a meeting record, or a press briefing with "THE
 * PRESIDENT:" labels, stays below.
 */
public final class RecordKindSigns {
  private static final int VERBATIM_POINTS = 4;
  private static final int HEAD_LINES = 150;
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b\\d{1,5}\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESIDENT_LINE =
      Pattern.compile("^\\s*(?:President|PRESIDENT)\\s*:\\s*\\S.*");

  private RecordKindSigns() {}

  /**
   * The signs found in a text.
   *
   * @param symbol a PV symbol on the first pages
   * @param meeting a meeting number on the first pages
   * @param president a "President:" line on the first pages
   * @param note one of the record's own procedural notes
   * @param labels how many speaker labels were seen, counted up to 3
   */
  public record Signs(
      boolean symbol, boolean meeting, boolean president, boolean note, int labels) {
    /** The points the signs make. */
    public int points() {
      return (symbol ? 2 : 0)
          + (meeting ? 1 : 0)
          + (president ? 1 : 0)
          + (note ? 2 : 0)
          + (labels >= 3 ? 1 : 0);
    }

    /** Whether the points make a verbatim record. */
    public boolean verbatimRecord() {
      return points() >= VERBATIM_POINTS;
    }

    /** The signs as a user reads them: "PV symbol (2), procedural note (2): 4 points of 4". */
    @Override
    public String toString() {
      List<String> seen = new ArrayList<>();
      if (symbol) {
        seen.add("PV symbol (2)");
      }
      if (meeting) {
        seen.add("meeting number (1)");
      }
      if (president) {
        seen.add("President line (1)");
      }
      if (note) {
        seen.add("procedural note (2)");
      }
      if (labels >= 3) {
        seen.add("speaker labels (1)");
      }
      return (seen.isEmpty() ? "no sign" : String.join(", ", seen))
          + ": "
          + points()
          + " points, "
          + VERBATIM_POINTS
          + " make a verbatim record";
    }
  }

  /** Whether the text is a verbatim record. */
  static boolean isVerbatimRecord(List<Line> lines) {
    return read(lines).verbatimRecord();
  }

  /** The signs of a verbatim record in the lines. */
  public static Signs read(List<Line> lines) {
    boolean symbol = false;
    boolean meeting = false;
    boolean president = false;
    boolean note = false;
    int labels = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).printed();
      // every test below first looks for what its pattern cannot match without (a letter-spaced
      // run, "PV", "meeting", "President", "The meeting", a colon), as this runs on every input
      if (i < HEAD_LINES && !(symbol && meeting && president)) {
        String repaired = mayBeLetterSpaced(line) ? LetterSpacing.repair(line) : line;
        symbol = symbol || RecordSymbols.isIn(repaired);
        meeting =
            meeting || containsIgnoreCase(repaired, "meeting") && MEETING.matcher(repaired).find();
        president =
            president
                || (repaired.contains("President") || repaired.contains("PRESIDENT"))
                    && PRESIDENT_LINE.matcher(repaired).matches();
      }
      note = note || NoteOpenings.isRecordSign(line);
      if (labels < 3 && line.indexOf(':') >= 0 && SpeakerLabel.read(line.strip()).isPresent()) {
        labels++;
      }
    }
    return new Signs(symbol, meeting, president, note, labels);
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
