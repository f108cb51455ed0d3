package io.github.undebate.parser.internal.verbatim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting's number: "8700th meeting", "46th" / "PLENARY MEETING", else the symbol's. Meetings
 * are numbered from 1: a "0th meeting" (a misprint, or a text made up) is no number.
 */
final class MeetingNumberField implements HeaderField {
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b(\\d{1,5})\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    Matcher m = MEETING.matcher(page.joined());
    while (m.find()) {
      int number = Integer.parseInt(m.group(1));
      if (number > 0) {
        header.meetingNumber(number);
        return;
      }
    }
    header
        .symbol()
        .flatMap(RecordSymbols::meetingNumber)
        .filter(n -> n > 0)
        .ifPresent(header::meetingNumber);
  }
}
