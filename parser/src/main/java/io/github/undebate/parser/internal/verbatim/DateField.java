package io.github.undebate.parser.internal.verbatim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The date and the time the meeting was called for: "Friday, 10 January 2020, 3 p.m.", "Monday, 1
 * November 1993" / "at 3 p.m." over two lines, "MONDAY, 1 NOVEMBER 1993" in capitals. Day and month
 * names are English, as java.time prints them.
 */
final class DateField implements HeaderField {
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMMM uuuu")
          .toFormatter(Locale.ENGLISH);
  private static final Pattern DATE =
      Pattern.compile(
          "(?:"
              + names(DayOfWeek.values(), d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
              + "),?\\s+(\\d{1,2})\\s+("
              + names(Month.values(), m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
              + ")\\s+(\\d{4})(?:,?\\s*(?:at\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?\\s*"
              + "(a\\.\\s?m\\.|p\\.\\s?m\\.|noon|midnight))?",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    Matcher m = DATE.matcher(page.joined());
    if (!m.find()) {
      return;
    }
    try {
      header.date(
          LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3), DAY_MONTH_YEAR));
    } catch (DateTimeParseException e) {
      // a date that does not exist ("31 February"): no date
    }
    timeOf(m.group(4), m.group(5), m.group(6)).ifPresent(header::time);
    page.dateEnd(page.lineAt(m.end() - 1));
  }

  private static <T> String names(T[] values, Function<T, String> name) {
    return Arrays.stream(values).map(name).collect(Collectors.joining("|"));
  }

  private static Optional<LocalTime> timeOf(String hour, String minute, String half) {
    if (half == null) {
      return Optional.empty();
    }
    String h = half.toLowerCase(Locale.ROOT).replace(" ", "");
    if (h.equals("noon")) {
      return Optional.of(LocalTime.NOON);
    }
    if (h.equals("midnight")) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    if (hour == null) {
      return Optional.empty();
    }
    int hh = Integer.parseInt(hour) % 12;
    if (h.startsWith("p")) {
      hh += 12;
    }
    int mm = minute == null ? 0 : Integer.parseInt(minute);
    if (hh > 23 || mm > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hh, mm));
  }
}
