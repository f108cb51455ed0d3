package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Countries named inside free text: bylines, titles and sentences. */
class CountryFindingTest {
  private final Countries countries = Countries.standard();

  private String found(String text) {
    return countries.find(text).map(m -> m.country().name()).orElse("");
  }

  @Test
  void findsTheCountryOfABylineWithItsOffsets() {
    String text = "Permanent Representative of Belarus to the United Nations in New York";
    CountryMention m = countries.find(text).orElseThrow();
    assertThat(m.country().name()).isEqualTo("Belarus");
    assertThat(text.substring(m.start(), m.end())).isEqualTo("Belarus");
    CountryMention r = countries.find("President of the Republic of Belarus").orElseThrow();
    assertThat(r.country().name()).isEqualTo("Belarus");
    assertThat("President of the Republic of Belarus".substring(r.start(), r.end()))
        .isEqualTo("Republic of Belarus");
  }

  @Test
  void theLongestNameWinsAndWordsAreWhole() {
    assertThat(found("the representative of Nigeria said")).isEqualTo("Nigeria");
    assertThat(found("the representative of the Niger said")).isEqualTo("Niger");
    assertThat(found("the delegation of Papua New Guinea")).isEqualTo("Papua New Guinea");
    assertThat(found("Equatorial Guinea and Guinea")).isEqualTo("Equatorial Guinea");
    assertThat(found("Mr. Singer Weisinger (Dominican Republic):")).isEqualTo("Dominican Republic");
    assertThat(found("Mr. Charles (Dominica):")).isEqualTo("Dominica");
    assertThat(found("Guinea-Bissau")).isEqualTo("Guinea-Bissau");
    assertThat(found("in South Sudan")).isEqualTo("South Sudan");
    assertThat(found("the Democratic Republic of the Congo"))
        .isEqualTo("Democratic Republic of the Congo");
  }

  @Test
  void shortAndAmbiguousNamesNeedTheirCapitals() {
    assertThat(found("Let us work together")).isEmpty();
    assertThat(found("the US delegation")).isEqualTo("United States of America");
    assertThat(found("the U.S. delegation")).isEqualTo("United States of America");
    String text = "the U.S. delegation";
    CountryMention m = countries.find(text).orElseThrow();
    assertThat(text.substring(m.start(), m.end())).isEqualTo("U.S.");
    assertThat(found("we ate turkey and drank from china cups")).isEmpty();
    assertThat(found("Mr. Jordan spoke")).as("a person's name after an honorific").isEmpty();
    assertThat(found("His Majesty the King of Jordan")).isEqualTo("Jordan");
    assertThat(found("Georgia, Chad and Jordan")).isEqualTo("Georgia");
  }

  @Test
  void placesNamedAfterACountryAreNoCountry() {
    assertThat(found("by Boko Haram in the Lake Chad Basin Region is")).isEmpty();
    assertThat(found("piracy in the Gulf of Guinea")).isEmpty();
    assertThat(found("the island of New Guinea")).isEmpty();
    assertThat(found("ECOWAS, along with Chad and Mauritania")).isEqualTo("Chad");
    assertThat(found("the peace process in Northern Ireland")).isEmpty();
    assertThat(found("the United Kingdom of Great Britain and Northern Ireland"))
        .isEqualTo("United Kingdom of Great Britain and Northern Ireland");
  }

  @Test
  void aMentionOfAParenthesisedNameEndsAtItsParenthesis() {
    String text = "the representative of Bolivia (Plurinational State of ) said";
    CountryMention m = countries.find(text).orElseThrow();
    assertThat(text.substring(m.start(), m.end())).isEqualTo("Bolivia (Plurinational State of )");
  }

  @Test
  void possessivesNameTheCountry() {
    String text = "Russia's position and the People's Republic of China's reply";
    assertThat(countries.findAll(text).stream().map(m -> text.substring(m.start(), m.end())))
        .containsExactly("Russia", "People's Republic of China");
  }

  @Test
  void namesMayWrapAcrossLinesAsInVerbatimRecords() {
    assertThat(found("the Plurinational State of\nBolivia, Brazil"))
        .isEqualTo("Bolivia (Plurinational State of)");
  }

  @Test
  void namesDoNotRunAcrossCommas() {
    assertThat(countries.findAll("Guinea, Bissau and Niger").stream().map(m -> m.country().name()))
        .containsExactly("Guinea", "Niger");
  }
}
