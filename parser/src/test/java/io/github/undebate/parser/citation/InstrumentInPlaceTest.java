package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The instrument form reads its date and its noun in place: every date it cites is the one the
 * printed day, month and year name (none for a day the month does not have), and a noun printed
 * with a character that the case-blind pattern takes for one of its letters is the noun it stands
 * for.
 */
class InstrumentInPlaceTest {

  @Test
  void everyDateIsTheOneItsDayMonthAndYearName() {
    int cited = 0;
    for (Month month : Month.values()) {
      String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      for (int year : new int[] {1945, 2000, 2019, 2024}) {
        for (int day = 0; day <= 32; day++) {
          List<String> expected;
          try {
            expected = List.of("instrument letter " + LocalDate.of(year, month, day));
          } catch (DateTimeException e) {
            expected = List.of();
          }
          String[] printed = {
            "a letter dated " + day + " " + name + " " + year + " from him",
            "a letter dated " + (day < 10 ? "0" : "") + day + " " + name + ", " + year,
            "a letter dated " + name + " " + day + ", " + year + " from him"
          };
          for (String text : printed) {
            assertThat(Citations.in(text)).as(text).isEqualTo(expected);
            cited += expected.size();
          }
        }
      }
    }
    assertThat(cited).isEqualTo(3 * (4 * 365 + 2)); // 3 forms; 2000 and 2024 are leap years
  }

  @Test
  void aNounIsReadAsTheCaseBlindPatternReadsIt() {
    assertThat(Citations.in("the MEMORANDA of 1 June 2001 stand"))
        .containsExactly("instrument memorandum 2001-06-01");
    assertThat(Citations.in("the Communiqué of 3 March 1999 stands"))
        .containsExactly("instrument communiqué 1999-03-03");
    // a dotted capital I, as a Turkish keyboard types it, and a long s: the pattern takes both for
    // the noun's letters; lower-cased they would be none of the nouns, and the form failed on them
    assertThat(Citations.in("the DECİSİON dated 1 May 2020 was read"))
        .containsExactly("instrument decision 2020-05-01");
    assertThat(Citations.in("the ſtatement dated 1 May 2020 was read"))
        .containsExactly("instrument statement 2020-05-01");
  }
}
