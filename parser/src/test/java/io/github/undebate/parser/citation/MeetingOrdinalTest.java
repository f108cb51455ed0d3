package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import org.junit.jupiter.api.Test;

/** Bracketed plenary meeting cross-references, from the 1956 and 1960 General Debate. */
class MeetingOrdinalTest {

  @Test
  void plenaryMeetingsOfTheDebatesOrgan() {
    assertThat(
            Citations.in(
                "to compare objectively the statements of the President of the United States"
                    + " [868th meeting] and of the Prime Minister of the Soviet Union, [869th"
                    + " meeting], so that",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("meeting A/PV.868", "meeting A/PV.869");
    assertThat(
            Citations.texts(
                "for United Nations forces.\" [868th meeting, para. 50.]", Body.GENERAL_ASSEMBLY))
        .containsExactly("868th meeting");
  }

  @Test
  void aDebateWithoutABodyIsTakenForTheAssemblys() {
    assertThat(Citations.in("the statement [868th meeting]", null))
        .containsExactly("meeting A/PV.868");
  }

  @Test
  void committeeMeetingsAndOtherOrgansAreNot() {
    assertThat(
            Citations.in(
                "at the tenth session of the General Assembly, before the Ad Hoc Political"
                    + " Committee [31st meeting], my delegation referred",
                Body.GENERAL_ASSEMBLY))
        .isEmpty();
    assertThat(Citations.in("the statement [868th meeting]", Body.HUMAN_RIGHTS_COUNCIL)).isEmpty();
    assertThat(
            Citations.in(
                "they had held their eighty-sixth meeting at the 3rd meeting point",
                Body.GENERAL_ASSEMBLY))
        .isEmpty();
  }
}
