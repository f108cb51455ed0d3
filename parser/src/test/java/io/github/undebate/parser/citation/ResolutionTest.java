package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import org.junit.jupiter.api.Test;

/** Resolutions cited by number, on sentences from the corpus. */
class ResolutionTest {

  @Test
  void securityCouncilResolutionWithYear() {
    assertThat(
            Citations.in(
                "The draft resolution has been adopted unanimously as resolution 2505 (2020).",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolution S/RES/2505 (2020)");
    assertThat(
            Citations.in(
                "the international legal framework set forth in Security Council resolution 1244"
                    + " (1999) and the Dayton Peace Agreement",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("resolution S/RES/1244 (1999)");
  }

  @Test
  void eachResolutionOfAListIsItsOwnCitation() {
    assertThat(
            Citations.texts(
                "the duty to end colonialism, as established in resolutions 1514 (XV) and 2625"
                    + " (XXV) of the General Assembly.",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolutions 1514 (XV)", "2625 (XXV)");
    assertThat(
            Citations.in(
                "the duty to end colonialism, as established in resolutions 1514 (XV) and 2625"
                    + " (XXV) of the General Assembly.",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolution A/RES/1514 (XV)", "resolution A/RES/2625 (XXV)");
    assertThat(
            Citations.in(
                "under the terms of Security Council resolutions 687 (1991) and 715 (1991), and we"
                    + " support"))
        .containsExactly("resolution S/RES/687 (1991)", "resolution S/RES/715 (1991)");
  }

  @Test
  void generalAssemblySessionNumberForms() {
    assertThat(
            Citations.in(
                "the guiding principles contained in United Nations General Assembly resolution"
                    + " 46/182.",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolution A/RES/46/182");
    assertThat(Citations.in("(resolution 67/1, para. 3 )", Body.SECURITY_COUNCIL))
        .containsExactly("resolution A/RES/67/1");
    assertThat(
            Citations.in(
                "address the problems raised by the discovery of atomic energy (General Assembly"
                    + " resolution 1 (I)).",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolution A/RES/1 (I)");
  }

  @Test
  void otherOrgansNamedInTheSentence() {
    assertThat(
            Citations.in(
                "The Human Rights Council, in its resolution 5/1, and the Economic and Social"
                    + " Council resolution 1996/31",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("resolution A/HRC/RES/5/1", "resolution E/RES/1996/31");
  }

  // A/61/PV.107 (2007), Mr. Hill (Australia): the Council is one item of a list; the resolution
  // is the Assembly's own.
  @Test
  void anOrganListedBesideTheResolutionIsNotItsAuthor() {
    assertThat(
            Citations.in(
                "within the Commission on Human Rights Working Group on the draft declaration on"
                    + " the rights of indigenous peoples, the Human Rights Council and the further"
                    + " consultation process mandated by resolution 61/178 to engage"
                    + " constructively",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("resolution A/RES/61/178");
  }

  @Test
  void specialAndEmergencySpecialSessions() {
    assertThat(
            Citations.in(
                "in resolution S-8/1 and in resolutions ES-10/19 and ES-10/20",
                Body.GENERAL_ASSEMBLY))
        .containsExactly(
            "resolution A/RES/S-8/1", "resolution A/RES/ES-10/19", "resolution A/RES/ES-10/20");
  }

  @Test
  void letteredResolutionIsCitedOnce() {
    assertThat(Citations.in("General Assembly resolution 3411 A and B (XXX) on apartheid"))
        .containsExactly("resolution A/RES/3411 A and B (XXX)");
    assertThat(Citations.in("resolution 3379 (XXX) of 10 November 1975"))
        .containsExactly("resolution A/RES/3379 (XXX)");
  }

  @Test
  void aBareNumberTakesTheSessionFromTheSentence() {
    assertThat(
            Citations.in(
                "53 years ago, the 26th session of the U.N. General Assembly adopted Resolution"
                    + " 2758 with an overwhelming majority",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("resolution A/RES/2758 (XXVI)");
  }

  @Test
  void aBareNumberTakesTheOrganFromTheDebate() {
    assertThat(Citations.in("the renewal of resolution 2504 is urgent", Body.SECURITY_COUNCIL))
        .containsExactly("resolution S/RES/2504");
    assertThat(Citations.in("the renewal of resolution 2504 is urgent")).isEmpty();
    assertThat(
            Citations.in(
                "we support the implementation of resolution 1325 on women", Body.GENERAL_ASSEMBLY))
        .as("an Assembly debate cites the Council's resolutions bare as well as its own")
        .isEmpty();
    assertThat(
            Citations.in(
                "the General Assembly reaffirmed resolution 1514 on decolonization",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("resolution A/RES/1514");
  }

  @Test
  void draftResolutionsAndLooseNumbersAreNotResolutions() {
    assertThat(
            Citations.in(
                "I shall put the draft resolution 7 to the vote now. The draft resolution received"
                    + " 15 votes in favour.",
                Body.SECURITY_COUNCIL))
        .isEmpty();
    assertThat(
            Citations.in(
                "resolution 2504 (2020), 15 members voted in favour in 2020",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolution S/RES/2504 (2020)");
    assertThat(
            Citations.in(
                "relevant Security Council resolutions, adopted in 2015, see page 12",
                Body.SECURITY_COUNCIL))
        .isEmpty();
  }

  @Test
  void resolutionsInOtherLanguagesOfTheUn() {
    assertThat(
            Citations.in(
                "conformément à la résolution 2231 (2015) et au projet de résolution 12",
                Body.SECURITY_COUNCIL))
        .containsExactly("resolution S/RES/2231 (2015)");
    assertThat(Citations.in("в соответствии с резолюцией 2231 (2015)"))
        .containsExactly("resolution S/RES/2231 (2015)");
    assertThat(Citations.in("de acuerdo con la resolución 46/182"))
        .containsExactly("resolution A/RES/46/182");
  }

  @Test
  void generalAssemblyDecisions() {
    assertThat(
            Citations.in(
                "the General Assembly, by its decision 60/509 of 25 October 2005, deferred",
                Body.GENERAL_ASSEMBLY))
        .containsExactly("document A/DEC/60/509");
  }
}
