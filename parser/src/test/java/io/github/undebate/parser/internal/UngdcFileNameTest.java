package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.common.Country;
import org.junit.jupiter.api.Test;

/** The UN General Debate Corpus names each speech {@code <ISO3>_<session>_<year>.txt}. */
class UngdcFileNameTest {

  @Test
  void readsTheCodeSessionAndYearWithOrWithoutAPrefix() {
    assertThat(UngdcFileName.of("UNGDC_CUB_15_1960.txt"))
        .contains(new UngdcFileName("CUB", 15, 1960));
    assertThat(UngdcFileName.of("USA_75_2020.txt")).contains(new UngdcFileName("USA", 75, 2020));
    assertThat(UngdcFileName.of("UKR_01_1946.TXT")).contains(new UngdcFileName("UKR", 1, 1946));
  }

  @Test
  void isNoCorpusNameWhenTheSessionDoesNotFitTheYearOrTheCodeIsNotThreeCapitals() {
    assertThat(UngdcFileName.of("ABC_12_2019.txt")).isEmpty(); // session 12 was in 1957
    assertThat(UngdcFileName.of("usa_75_2020.txt")).isEmpty();
    assertThat(UngdcFileName.of("UNGDC_EU_78_2023.txt")).isEmpty();
    assertThat(UngdcFileName.of("S_PV.8699_E.txt")).isEmpty();
    assertThat(UngdcFileName.of("USA_75_2020.txt.bak")).isEmpty();
    assertThat(UngdcFileName.of("XUSA_75_2020.txt")).isEmpty();
  }

  @Test
  void namesTheStateThatHeldTheCodeInTheSessionsYear() {
    assertThat(country("UKR_01_1946.txt")).isEqualTo("Ukrainian Soviet Socialist Republic");
    assertThat(country("UKR_75_2020.txt")).isEqualTo("Ukraine");
    assertThat(country("DEU_45_1990.txt")).isEqualTo("Federal Republic of Germany");
    assertThat(country("DEU_75_2020.txt")).isEqualTo("Germany");
    assertThat(UngdcFileName.of("XXX_75_2020.txt").orElseThrow().country()).isEmpty();
  }

  private static String country(String fileName) {
    return UngdcFileName.of(fileName).orElseThrow().country().map(Country::name).orElseThrow();
  }
}
