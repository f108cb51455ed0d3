package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.SourceLine;
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
      if (i < HEAD_LINES) {
        String repaired = LetterSpacing.repair(line);
        symbol = symbol || HeaderReader.SYMBOL.matcher(repaired).find();
        meeting = meeting || MEETING.matcher(repaired).find();
        president = president || PRESIDENT_LINE.matcher(repaired).matches();
      }
      note = note || NOTE.matcher(line).find();
      if (labels < 3 && SpeakerLabel.read(line.strip()).isPresent()) {
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
}
