package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The day and month names a header's date is found by ({@code date-names.tsv}) are java.time's, in
 * every language of {@code months.tsv}: the table only spares a cold start the JDK's locale data.
 */
class DateNamesTest {

  @Test
  void theNamesAreThoseJavaTimePrintsInEveryLanguageOfTheMonthsTable() {
    List<String> languages =
        ResourceTable.phrases(
            DateField.class, "/io/github/undebate/parser/internal/statement/months.tsv");
    assertThat(DateField.names()).containsOnlyKeys(languages);
    for (String language : languages) {
      Locale locale = Locale.forLanguageTag(language);
      assertThat(DateField.names().get(language))
          .as(language)
          .containsExactly(
              Arrays.stream(DayOfWeek.values())
                  .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                  .toList(),
              Arrays.stream(Month.values())
                  .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                  .toList());
    }
  }
}
