package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One resolver of States for both readers, which says what evidence gave the State. */
class NationsTest {

  @Test
  void aStateHasItsShortNameAndMaybeACode() {
    assertThat(Nations.named("Russian Federation"))
        .contains(new State("Russian Federation", Optional.of("RU")));
    assertThat(Nations.named("the United Kingdom").map(State::name))
        .contains("United Kingdom of Great Britain and Northern Ireland");
    assertThat(Nations.named("Narnia")).isEmpty();
  }

  @Test
  void aLabelNameBrokenByTheExtractionIsRepaired() {
    // "(Bahrai n)" as a PDF extraction of a speaker label prints it
    assertThat(Nations.named("Bahrai n")).isEmpty();
    assertThat(Nations.namedBy(Evidence.SPEAKER_LABEL, "Bahrai n"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.value().name()).isEqualTo("Bahrain");
              assertThat(e.evidence()).isEqualTo(Evidence.SPEAKER_LABEL);
              assertThat(e.excerpt()).isEqualTo("Bahrai n");
            });
  }

  @Test
  void aNameWhoseWordsTheExtractionRanTogetherIsRepaired() {
    // the vote list of A/48/PV.46 as PDFBox reads its tightly set type
    assertThat(Nations.named("United KingdomofGreatBritainand Northern Ireland")).isEmpty();
    assertThat(
            Nations.namedRepaired("United KingdomofGreatBritainand Northern Ireland")
                .map(State::name))
        .contains("United Kingdom of Great Britain and Northern Ireland");
    assertThat(Nations.namedRepaired("SaudiArabia").map(State::name)).contains("Saudi Arabia");
    // one word of a name is no name run together
    assertThat(Nations.namedRepaired("Kingdomof")).isEmpty();
  }

  @Test
  void aBylineNamesItsStateAnywhere() {
    String byline =
        "Statement by Ambassador Valentin Rybakov, Permanent Representative of the Republic of"
            + " Belarus to the United Nations";
    Evidenced<State> found = Nations.mentionedIn(Evidence.BYLINE, byline).orElseThrow();
    assertThat(found.value().name()).isEqualTo("Belarus");
    Diagnostic d = found.diagnostic("country", found.value().name(), 0);
    assertThat(d.code()).isEqualTo("speaker.country_from_byline");
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThat(d.message()).isEqualTo("the speaker's country \"Belarus\" is from the byline");
    assertThat(d.excerpt()).isEqualTo(byline);
  }

  @Test
  void aGovernmentSiteSpeaksForItsState() {
    assertThat(Nations.speaksFor("https://www.whitehouse.gov/briefing-room/speeches-remarks/"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.value().name()).isEqualTo("United States of America");
              assertThat(e.evidence()).isEqualTo(Evidence.SITE_ADDRESS);
            });
    assertThat(Nations.ofSite("https://example.org/whitehouse.gov")).isEmpty();
  }

  @Test
  void aBylineSpeaksForTheOrganizationItNamesOtherThanAsAPlace() {
    assertThat(
            Nations.organizationSpokenFor(
                "Speech by Prime Minister Dick Schoof at the United Nations General Assembly"))
        .isEmpty();
    assertThat(
            Nations.organizationSpokenFor(
                "Statement by H.E. Mr. Charles Michel, President of the European Council"))
        .contains("European Union");
    assertThat(
            Nations.organizationSpokenFor("Remarks by the Secretary-General of the United Nations"))
        .contains("United Nations");
  }

  @Test
  void everyStateATextNamesInOrder() {
    assertThat(Nations.mentionsIn("Nepal stands with India and Papua New Guinea, not Mr. Jordan."))
        .extracting(m -> m.country().name())
        .containsExactly("Nepal", "India", "Papua New Guinea");
  }

  @Test
  void aCorpusCodeNamesTheStateOfItsYear() {
    assertThat(Nations.ofAlpha3("UKR", 1946).map(State::name))
        .isPresent()
        .isNotEqualTo(Nations.ofAlpha3("UKR", 2020).map(State::name));
    assertThat(Nations.ofAlpha3("UKR", 2020).map(State::name)).contains("Ukraine");
  }

  @Test
  void aCorpusCodeOfTodayNamesTheFormerStateOfItsYear() {
    // the UN General Debate Corpus codes former States by today's State (issue 15)
    assertThat(Nations.ofAlpha3("RUS", 1962))
        .contains(new State("Union of Soviet Socialist Republics", Optional.of("SU")));
    assertThat(Nations.ofAlpha3("RUS", 1995).map(State::name)).contains("Russian Federation");
    assertThat(Nations.ofAlpha3("BLR", 1946).map(State::name))
        .contains("Byelorussian Soviet Socialist Republic");
    assertThat(Nations.ofAlpha3("LKA", 1962).map(State::name)).contains("Ceylon");
    assertThat(Nations.ofAlpha3("MMR", 1962)).contains(new State("Burma", Optional.of("BU")));
    assertThat(Nations.ofAlpha3("BFA", 1970).map(State::name)).contains("Upper Volta");
    assertThat(Nations.ofAlpha3("EGY", 1962).map(State::name)).contains("United Arab Republic");
    assertThat(Nations.ofAlpha3("TUR", 1946).map(State::name)).contains("Turkey");
    assertThat(Nations.ofAlpha3("TUR", 2024).map(State::name)).contains("Türkiye");
  }

  @Test
  void aStateIsNamedAsOnTheRecordsDate() {
    State turkey = Nations.named("Turkey").orElseThrow();
    assertThat(Nations.asOf(turkey, OptionalInt.of(1950)).name()).isEqualTo("Turkey");
    assertThat(Nations.asOf(turkey, OptionalInt.of(2024)).name()).isEqualTo("Türkiye");
    assertThat(Nations.asOf(turkey, OptionalInt.empty()).name())
        .as("today's name when the date is unknown")
        .isEqualTo("Türkiye");
    for (String[] c :
        new String[][] {
          {"Swaziland", "Eswatini"},
          {"Cape Verde", "Cabo Verde"},
          {"Burma", "Myanmar"},
          {"Upper Volta", "Burkina Faso"},
          {"Ceylon", "Sri Lanka"},
          {"the former Yugoslav Republic of Macedonia", "North Macedonia"}
        }) {
      State former = Nations.named(c[0]).orElseThrow();
      assertThat(former.name()).as("a former name is a State of its own years").isEqualTo(c[0]);
      assertThat(Nations.asOf(former, OptionalInt.empty()).name()).isEqualTo(c[1]);
    }
    State ussr = Nations.named("USSR").orElseThrow();
    assertThat(Nations.asOf(ussr, OptionalInt.empty())).as("no State has its name").isEqualTo(ussr);
    assertThat(Nations.named("Republic of the Congo (Leopoldville)").map(State::code))
        .contains(Optional.of("CD"));
    assertThat(Nations.named("Democratic Yemen").map(State::name)).contains("Democratic Yemen");
  }

  @Test
  void organizationsAreNamedByTheirOwnNames() {
    assertThat(Nations.organizationIn("Head of the Delegation of the European Union"))
        .contains("European Union");
    assertThat(Nations.organizationNamed("Narnia")).isEmpty();
  }
}
