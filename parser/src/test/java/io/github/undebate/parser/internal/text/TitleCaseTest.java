package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

  @Test
  void aBriefingLabelBecomesAPost() {
    // "SENIOR ADMINISTRATION OFFICIAL:" of a White House background briefing
    assertThat(TitleCase.of("SENIOR ADMINISTRATION OFFICIAL"))
        .isEqualTo("Senior Administration Official");
    assertThat(TitleCase.of("MS.  PSAKI")).as("inner spaces stay").isEqualTo("Ms.  Psaki");
    assertThat(TitleCase.of(" MODERATOR")).as("leading spaces go").isEqualTo("Moderator");
  }

  @Test
  void onlyAPlaceInCapitalsIsRecased() {
    assertThat(TitleCase.ofCapitals("NEW YORK")).isEqualTo("New York");
    assertThat(TitleCase.ofCapitals("New York")).isEqualTo("New York");
    assertThat(TitleCase.ofCapitals("GENEVA")).isEqualTo("Geneva");
  }
}
