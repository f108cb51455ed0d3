package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.WordCount;
import java.time.LocalDate;
import java.util.List;
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
    int comma = text.indexOf(',');
    Optional<String> place =
        comma > 0 && !Character.isDigit(text.charAt(0))
            ? Optional.of(text.substring(0, comma).strip())
            : Optional.empty();
    return Optional.of(new Dateline(block.lines(), date.get(), place));
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
