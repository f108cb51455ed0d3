package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and the time the meeting was called for: "Friday, 10 January 2020, 3 p.m.", "Monday, 1
 * November 1993" / "at 3 p.m." over two lines, "MONDAY, 1 NOVEMBER 1993" in capitals; in the French
 * and Spanish editions "Mardi 14 janvier 2020, à 15 heures", "Martes 14 de enero de 2020, a las
 * 15.00 horas". Day and month names are java.time's, in the languages of {@code months.tsv} (the
 * table the statement reader's datelines use).
 */
final class DateField implements HeaderField {
  private static final List<Locale> LANGUAGES =
      ResourceTable.phrases(
              DateField.class, "/io/github/undebate/parser/internal/statement/months.tsv")
          .stream()
          .map(Locale::forLanguageTag)
          .toList();
  private static final List<DateTimeFormatter> DAY_MONTH_YEAR =
      LANGUAGES.stream()
          .map(
              l ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern("d MMMM uuuu")
                      .toFormatter(l)
                      // strict: "31 juin" is no date (the default would make it 30 June)
                      .withResolverStyle(ResolverStyle.STRICT))
          .toList();
  // the day and month names of each language, as java.time prints them (date-names.tsv)
  private static final Map<String, List<List<String>>> NAMES = names();
  private static final Pattern DATE =
      Pattern.compile(
          "(?:"
              + alternation(0)
              + "),?\\s+(\\d{1,2})(?:er)?\\s+(?:de\\s+)?("
              + alternation(1)
              + ")\\s+(?:de\\s+)?(\\d{4})"
              // English: "3 p.m."; French: "à 15 heures", "à 10 h 30"; Spanish: "a las 15.00 horas"
              + "(?:,?\\s*(?:at\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?\\s*"
              + "(a\\.\\s?m\\.|p\\.\\s?m\\.|noon|midnight)"
              + "|,?\\s*à\\s+(\\d{1,2})\\s*h(?:eures?)?\\b(?:[ \\u00a0]?(\\d{1,2})\\b)?"
              + "|,?\\s*a\\s+las\\s+(\\d{1,2})(?:[.:](\\d{2}))?\\s*horas\\b)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    Matcher m = DATE.matcher(page.joined());
    if (!m.find()) {
      return;
    }
    date(m.group(1), m.group(2), m.group(3)).ifPresent(header::date);
    Optional<LocalTime> time =
        m.group(6) != null
            ? timeOf(m.group(4), m.group(5), m.group(6))
            : m.group(7) != null
                ? clockTime(m.group(7), m.group(8))
                : clockTime(m.group(9), m.group(10));
    time.ifPresent(header::time);
    page.dateEnd(page.lineAt(m.end() - 1));
  }

  /** The date in the first language whose month name it prints; none if it does not exist. */
  private static Optional<LocalDate> date(String day, String month, String year) {
    String text = day + " " + month.toLowerCase(Locale.ROOT) + " " + year;
    for (DateTimeFormatter f : DAY_MONTH_YEAR) {
      try {
        return Optional.of(LocalDate.parse(text, f));
      } catch (DateTimeParseException e) {
        // another language's month, or a date that does not exist ("31 February")
      }
    }
    return Optional.empty();
  }

  /**
   * The day names (index 0) and month names (1) of each language of {@code months.tsv}, from {@code
   * date-names.tsv}.
   *
   * @throws IllegalStateException naming the table when a language lacks its row or a row its seven
   *     days or twelve months
   */
  static Map<String, List<List<String>>> names() {
    Map<String, List<List<String>>> names = new HashMap<>();
    for (ResourceTable.Row row : ResourceTable.read(DateField.class, "date-names.tsv", 3, 3)) {
      List<String> days = ResourceTable.names(row.cell(1));
      List<String> months = ResourceTable.names(row.cell(2));
      if (days.size() != 7 || months.size() != 12) {
        throw row.malformed(
            "expected 7 days and 12 months, found " + days.size() + " and " + months.size());
      }
      names.put(row.cell(0), List.of(days, months));
    }
    for (Locale l : LANGUAGES) {
      if (!names.containsKey(l.toLanguageTag())) {
        throw new IllegalStateException(
            "date-names.tsv has no row for " + l.toLanguageTag() + " of months.tsv");
      }
    }
    return names;
  }

  /** The full day (0) or month (1) names of every language, as a regex alternation. */
  private static String alternation(int kind) {
    Set<String> names = new LinkedHashSet<>();
    for (Locale l : LANGUAGES) {
      for (String n : NAMES.get(l.toLanguageTag()).get(kind)) {
        names.add(Pattern.quote(n));
      }
    }
    return String.join("|", names);
  }

  /** A 24-hour clock time ("15 heures", "10 h 30", "15.00 horas"). */
  private static Optional<LocalTime> clockTime(String hour, String minute) {
    if (hour == null) {
      return Optional.empty();
    }
    int hh = Integer.parseInt(hour);
    int mm = minute == null ? 0 : Integer.parseInt(minute);
    return hh > 23 || mm > 59 ? Optional.empty() : Optional.of(LocalTime.of(hh, mm));
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
