package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates printed in a statement's heading ("New York, 25 septembre 2024", "September 28, 2024"),
 * read with java.time's month names for the languages in {@code months.tsv}.
 */
final class Datelines {
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final List<DateTimeFormatter> MONTHS = formatters();

  private Datelines() {}

  private static List<DateTimeFormatter> formatters() {
    List<DateTimeFormatter> out = new ArrayList<>();
    for (String code : ResourceTable.phrases(Datelines.class, "months.tsv")) {
      Locale locale = Locale.forLanguageTag(code);
      for (String pattern : new String[] {"d MMMM uuuu", "d MMM uuuu", "d LLLL uuuu"}) {
        out.add(
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .parseLenient()
                .appendPattern(pattern)
                .toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT));
      }
    }
    return List.copyOf(out);
  }

  /** The first date the text prints, if any. */
  static Optional<LocalDate> find(String text) {
    if (!hasYear(text)) {
      return Optional.empty(); // every pattern needs four digits in a row
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      try {
        return Optional.of(LocalDate.parse(iso.group()));
      } catch (DateTimeParseException e) {
        // not a date after all
      }
    }
    Matcher a = DAY_MONTH_YEAR.matcher(text);
    while (a.find()) {
      Optional<LocalDate> d = parse(a.group(1), a.group(2), a.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher b = MONTH_DAY_YEAR.matcher(text);
    while (b.find()) {
      Optional<LocalDate> d = parse(b.group(2), b.group(1), b.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> parse(String day, String month, String year) {
    String text = Integer.parseInt(day) + " " + month.toLowerCase(Locale.ROOT) + " " + year;
    for (DateTimeFormatter f : MONTHS) {
      // LocalDate.parse throws when the text does not parse whole, and a thrown exception is
      // costly: that case is seen first, without one
      ParsePosition position = new ParsePosition(0);
      if (f.parseUnresolved(text, position) == null
          || position.getErrorIndex() >= 0
          || position.getIndex() < text.length()) {
        continue;
      }
      try {
        return Optional.of(LocalDate.parse(text, f));
      } catch (DateTimeParseException e) {
        // try the next language
      }
    }
    return Optional.empty();
  }
}
