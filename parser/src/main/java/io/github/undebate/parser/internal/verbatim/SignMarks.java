package io.github.undebate.parser.internal.verbatim;

/**
 * Where the parts that the record-kind signs cannot stand without ("PV", a colon, a digit, the "ee"
 * of "meeting", the "é" of "séance") stand in a text: {@link TextMarks} over them, so that a line
 * is asked whether it may hold a sign without reading its characters. One instance serves one text.
 */
final class SignMarks {
  /**
   * What the marks look for: "PV", a colon, the letters of "séance", "sesión", the two e's of
   * "meeting" in either case ("ee" is far rarer in prose than "m", which the marks looked for
   * before) and the ASCII digits.
   */
  private static final String[] MARKS = {
    "PV", ":", "é", "É", "ó", "Ó", "ee", "eE", "Ee", "EE", "0", "1", "2", "3", "4", "5", "6", "7",
    "8", "9"
  };

  private static final int PV = 0;
  private static final int COLON = 1;
  private static final int FIRST_SEANCE_LETTER = 2;
  private static final int LAST_SEANCE_LETTER = 5;
  private static final int FIRST_EE = 6;
  private static final int LAST_EE = 9;
  private static final int FIRST_DIGIT = 10;
  private static final int LAST_DIGIT = 19;

  private final TextMarks marks;

  SignMarks(String source) {
    this.marks = new TextMarks(source, MARKS);
  }

  /** The text searched. */
  String source() {
    return marks.source();
  }

  /** Whether the text from {@code from} to {@code to} holds an ASCII digit. */
  boolean digit(int from, int to) {
    for (int k = FIRST_DIGIT; k <= LAST_DIGIT; k++) {
      if (marks.holds(k, from, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code AsciiCase.contains(line, "meeting")} of the text from {@code from} to {@code to}: tried
   * at each "ee" the marks find in it, in any case.
   */
  boolean meeting(int from, int to) {
    String s = source();
    // the "ee" stands one after the word's start, which is at most here
    int last = to - MEETING_WORD.length();
    for (int k = FIRST_EE; k <= LAST_EE; k++) {
      for (int at = marks.next(k, from + 1);
          at >= 0 && at - 1 <= last;
          at = marks.next(k, at + 1)) {
        if (meetingAt(s, at - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  static final String MEETING_WORD = "meeting";

  /** Whether "meeting" stands at {@code at} in ASCII letters of either case. */
  private static boolean meetingAt(String s, int at) {
    for (int k = 0; k < MEETING_WORD.length(); k++) {
      if ((s.charAt(at + k) | 0x20) != MEETING_WORD.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text from {@code from} to {@code to} holds the "é" of "séance" or the "ó" of
   * "sesión", in either case ({@link RecordKindSigns#maySeance(CharSequence)}).
   */
  boolean maySeance(int from, int to) {
    for (int k = FIRST_SEANCE_LETTER; k <= LAST_SEANCE_LETTER; k++) {
      if (marks.holds(k, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text from {@code from} to {@code to} holds "PV". */
  boolean pv(int from, int to) {
    return marks.holds(PV, from, to);
  }

  /** Whether the text from {@code from} to {@code to} holds a colon. */
  boolean colon(int from, int to) {
    return marks.holds(COLON, from, to);
  }
}
