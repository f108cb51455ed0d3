package io.github.undebate.parser.internal.verbatim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The meeting's number: "8700th meeting", "46th" / "PLENARY MEETING", else the symbol's. */
final class MeetingNumberField implements HeaderField {
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b(\\d{1,5})\\s*(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    Matcher m = MEETING.matcher(page.joined());
    if (m.find()) {
      header.meetingNumber(Integer.parseInt(m.group(1)));
      return;
    }
    header.symbol().flatMap(RecordSymbols::meetingNumber).ifPresent(header::meetingNumber);
  }
}
