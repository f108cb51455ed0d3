package io.github.undebate.parser.internal.verbatim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting's number: "8700th meeting", "46th" / "PLENARY MEETING"; in the French and Spanish
 * editions "8700e séance" ("e" raised or not), "71e séance plénière", "8700ª sesión", "71ª sesión
 * plenaria"; else the symbol's. Meetings are numbered from 1: a "0th meeting" (a misprint, or a
 * text made up) is no number.
 */
final class MeetingNumberField implements HeaderField {
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b(\\d{1,5})\\s*(?:(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\b"
              + "|(?:e|re|ème|ᵉ)\\s+séance\\b"
              + "|\\.?[ªa]\\s+sesión\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
