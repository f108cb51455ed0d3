package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.WordCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A dateline: a short block that prints a date ({@link Datelines}), perhaps after the place ("New
 * York, 25 September 2024").
 *
 * @param lines the block's lines
 * @param date the date printed
 * @param place the place before the first comma, when the line does not open with the date
 */
record Dateline(List<Line> lines, LocalDate date, Optional<String> place) implements HeadingBlock {
  private static final int MAX_WORDS = 10;

  private static final List<String> WEEKDAY_LANGUAGES =
      List.of("en", "fr", "es", "pt", "ru", "de", "it");

  Dateline {
    lines = List.copyOf(lines);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
  }

  /** The rule: a block of ten words or fewer that prints a date. */
  static Optional<HeadingBlock> read(HeadingCursor block) {
    String text = block.text();
    Optional<LocalDate> date = Datelines.find(text);
    if (date.isEmpty() || WordCount.of(text) > MAX_WORDS) {
      return Optional.empty();
    }
    // "(Nova York, 24 de setembro de 2024)": the place without the bracket
    String unbracketed = text.startsWith("(") ? text.substring(1) : text;
    int comma = unbracketed.indexOf(',');
    Optional<String> place =
        comma > 0
                && !Character.isDigit(unbracketed.charAt(0))
                && !weekday(unbracketed.substring(0, comma).strip())
            ? Optional.of(unbracketed.substring(0, comma).strip())
            : Optional.empty();
    return Optional.of(new Dateline(block.lines(), date.get(), place));
  }

  /** Whether the word is a day of the week ("Thursday, 26 September 2024"), in a UN language. */
  private static boolean weekday(String word) {
    for (String language : WEEKDAY_LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.getDisplayName(TextStyle.FULL, locale).equalsIgnoreCase(word)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String removal() {
    return "dateline";
  }

  @Override
  public void addTo(Heading.Builder heading) {
    heading.dateline(this);
  }
}
