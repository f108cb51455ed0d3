package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.PrintedView;
import io.github.undebate.parser.internal.text.AsciiCase;
import io.github.undebate.parser.internal.text.Spacing;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides from the text itself whether it is a verbatim meeting record. Signs, each worth points: a
 * PV symbol on the first pages (2), a meeting number (1), a "President:" line in the header (1)
 * (both also in the French and Spanish editions' words: "8700e séance", "Présidente :"), the
 * record's own procedural notes (2), three or more speaker labels (1). Four points make a verbatim
 * record; a statement that cites a meeting record, or a press briefing with "THE PRESIDENT:"
 * labels, stays below.
 */
public final class RecordKindSigns {
  private static final int VERBATIM_POINTS = 4;
  private static final int HEAD_LINES = 150;
  static final Pattern MEETING =
      Pattern.compile(
          "\\b\\d{1,5}\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b", Pattern.CASE_INSENSITIVE);
  // the French and Spanish editions: "8700e séance", "71e séance plénière", "8700ª sesión"
  static final Pattern SEANCE =
      Pattern.compile(
          "\\b\\d{1,5}\\s*(?:e|ᵉ|re|ª|a)\\s+(?:séance|sesión)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern PRESIDENT_LINE =
      Pattern.compile(
          "^\\s*(?:President|PRESIDENT|Présidente?|PRÉSIDENTE?|Presidente|Presidenta|PRESIDENTE|PRESIDENTA)\\s*:\\s*\\S.*");

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
    PrintedView view = new PrintedView();
    TextMarks marks = null;
    for (int i = 0; i < lines.size(); i++) {
      Line printed = lines.get(i);
      // read in place: most of these lines are read again only once cleaned
      CharSequence line = view.of(printed);
      if (marks == null || marks.source() != view.source()) {
        marks = new TextMarks(view.source(), MARKS);
      }
      int from = view.start();
      int to = from + line.length();
      // every test below first looks for what its pattern cannot match without (a letter-spaced
      // run, "PV", "meeting", "President", "The meeting", a colon), as this runs on every input;
      // the characters a test needs are looked up in the marks, not read from the line
      if (i < HEAD_LINES && !(symbol && meeting && president)) {
        boolean letterSpaced = hasRun(view.source(), from, to, LetterSpacing.SHORTEST_RUN);
        if (letterSpaced) {
          String repaired = LetterSpacing.repair(printed.printed());
          symbol = symbol || RecordSymbols.isIn((CharSequence) repaired);
          meeting = meeting || holdsMeetingNumber(repaired);
          president = president || isPresidentLine(repaired);
        } else {
          symbol = symbol || marks.holds(PV, from, to) && RecordSymbols.isIn(line);
          meeting =
              meeting
                  || holdsMeetingNumber(
                      line, holdsMeeting(marks, from, to), maySeance(marks, from, to));
          president = president || isPresidentLine(line);
        }
      }
      // the printed line is read in place, and made only for a line that may be a sign or label
      note = note || NoteOpenings.isRecordSign(printed);
      if (labels < 3
          && marks.holds(COLON, from, to)
          && SpeakerLabel.read(printed.stripped()).isPresent()) {
        labels++;
      }
    }
    return new Signs(symbol, meeting, president, note, labels);
  }

  /**
   * What the marks look for: "PV", a colon, the letters of "séance", "sesión" and the first letter
   * of "meeting".
   */
  private static final String[] MARKS = {"PV", ":", "é", "É", "ó", "Ó", "m", "M"};

  private static final int PV = 0;
  private static final int COLON = 1;
  private static final int FIRST_SEANCE_LETTER = 2;
  private static final int LAST_SEANCE_LETTER = 5;
  private static final int SMALL_M = 6;
  private static final int CAPITAL_M = 7;

  /**
   * {@code AsciiCase.contains(line, "meeting")} of the text from {@code from} to {@code to}: tried
   * at each "m" or "M" the marks find in it.
   */
  private static boolean holdsMeeting(TextMarks marks, int from, int to) {
    String s = marks.source();
    int last = to - MEETING_WORD.length();
    for (int k = SMALL_M; k <= CAPITAL_M; k++) {
      for (int at = marks.next(k, from); at >= 0 && at <= last; at = marks.next(k, at + 1)) {
        if (meetingAt(s, at)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String MEETING_WORD = "meeting";

  /** Whether "meeting" stands at {@code at} in ASCII letters of either case, its "m" known. */
  private static boolean meetingAt(String s, int at) {
    for (int k = 1; k < MEETING_WORD.length(); k++) {
      if ((s.charAt(at + k) | 0x20) != MEETING_WORD.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #maySeance(CharSequence)} of the text from {@code from} to {@code to}. */
  private static boolean maySeance(TextMarks marks, int from, int to) {
    for (int k = FIRST_SEANCE_LETTER; k <= LAST_SEANCE_LETTER; k++) {
      if (marks.holds(k, from, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link Spacing#hasRun} of the text from {@code from} to {@code to}, read in place: a loop over
   * the characters, twice as fast on a speech's lines as looking up each space (a word's length
   * apart) with {@code indexOf}.
   */
  static boolean hasRun(String s, int from, int to, int shortest) {
    int lo = Whitespace.stripStart(s, from, to);
    int hi = Whitespace.stripEnd(s, lo, to);
    if (lo >= hi) {
      return shortest <= 0;
    }
    int run = 0;
    int start = lo;
    for (int i = lo; i < hi; i++) {
      if (s.charAt(i) == ' ') {
        run = oneCodePoint(s, start, i) ? run + 1 : 0;
        if (run >= shortest) {
          return true;
        }
        start = i + 1;
      }
    }
    run = oneCodePoint(s, start, hi) ? run + 1 : 0;
    return run >= shortest;
  }

  private static boolean oneCodePoint(String s, int start, int end) {
    int length = end - start;
    return length == 1
        || (length == 2
            && Character.isHighSurrogate(s.charAt(start))
            && Character.isLowSurrogate(s.charAt(start + 1)));
  }

  /**
   * Whether the line holds a meeting number ("8699th meeting", "8700e séance"). Each pattern runs
   * only on a line that holds what it cannot match without: "meeting" and an ASCII digit ({@code
   * \d}); a digit and "é" or "ó" in either case, since "ance" alone is in most English lines
   * ("importance", "assistance").
   */
  static boolean holdsMeetingNumber(CharSequence line) {
    return holdsMeetingNumber(line, AsciiCase.contains(line, MEETING_WORD), maySeance(line));
  }

  /**
   * {@link #holdsMeetingNumber(CharSequence)}, told whether the line holds "meeting" in either case
   * and whether {@link #maySeance} holds.
   */
  private static boolean holdsMeetingNumber(
      CharSequence line, boolean holdsMeeting, boolean maySeance) {
    return holdsMeeting && matchesAtDigit(MEETING, line)
        || maySeance
            && (AsciiCase.contains(line, "ance") || AsciiCase.contains(line, "sesi"))
            && matchesAtDigit(SEANCE, line);
  }

  /**
   * Whether the pattern, which opens with {@code \\b\\d}, matches somewhere in the line, as {@code
   * find()} says: tried at each ASCII digit that no ASCII letter, digit or underscore stands
   * before, the only places such a match can start. {@code find()} tries every character, and the
   * word boundary's test is costly; a long line with "meeting" and a year in it ("the high-level
   * meeting of 2019") is common in speeches.
   */
  static boolean matchesAtDigit(Pattern pattern, CharSequence line) {
    Matcher m = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9' && (i == 0 || !isAsciiWordCharacter(line.charAt(i - 1)))) {
        if (m == null) {
          m = pattern.matcher(line).useTransparentBounds(true);
        }
        m.region(i, line.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAsciiWordCharacter(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  /** Whether the line has an ASCII digit, which both meeting patterns need. */
  static boolean hasDigit(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line has the "é" of "séance" or the "ó" of "sesión", in either case: the only
   * characters the pattern, case-blind in Unicode, matches them with.
   */
  static boolean maySeance(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == 'é' || c == 'É' || c == 'ó' || c == 'Ó') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is a "President:" line of a record's header. The pattern runs only where its P
   * stands ({@link #mayBePresidentLine}) with "sident" in either case three after it, as in every
   * form of it ("President", "PRÉSIDENTE", "Presidenta"): a line that opens with a P ("Peace is",
   * "President Lukashenko said") is not searched for "sident" to its end.
   */
  static boolean isPresidentLine(CharSequence line) {
    int p = presidentAt(line);
    return p >= 0 && sidentAt(line, p + SIDENT_AFTER_P) && PRESIDENT_LINE.matcher(line).matches();
  }

  private static final String SIDENT = "sident";
  private static final int SIDENT_AFTER_P = 3;

  /** Whether "sident" stands at {@code at} in ASCII letters of either case. */
  private static boolean sidentAt(CharSequence line, int at) {
    if (at + SIDENT.length() > line.length()) {
      return false;
    }
    for (int k = 0; k < SIDENT.length(); k++) {
      if ((line.charAt(at + k) | 0x20) != SIDENT.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line's first character after the pattern's white space ({@code \s}, ASCII) is the
   * capital P every form of the pattern opens with.
   */
  static boolean mayBePresidentLine(CharSequence line) {
    return presidentAt(line) >= 0;
  }

  /** Where the P of {@link #mayBePresidentLine} stands; -1 for none. */
  private static int presidentAt(CharSequence line) {
    int i = 0;
    while (i < line.length() && isRegexSpace(line.charAt(i))) {
      i++;
    }
    return i < line.length() && line.charAt(i) == 'P' ? i : -1;
  }

  /** A character of {@code \s} as a pattern without flags reads it. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
