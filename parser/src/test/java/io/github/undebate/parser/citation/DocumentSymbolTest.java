package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import org.junit.jupiter.api.Test;

/** Document symbols and meeting records, on sentences from the corpus. */
class DocumentSymbolTest {

  @Test
  void aReportBySymbol() {
    assertThat(
            Citations.in(
                "Members of the Council have before them document S/2020/27, which contains the"
                    + " text of a draft resolution submitted by the United Kingdom"))
        .containsExactly("document S/2020/27");
  }

  @Test
  void presidentialStatementsPressReleasesAndOldSymbols() {
    assertThat(Citations.in("the presidential statement S/PRST/2020/1 adopted today"))
        .containsExactly("document S/PRST/2020/1");
    assertThat(Citations.in("as the Secretary-General said (SG/SM/19929) and (see SG/382)."))
        .containsExactly("document SG/SM/19929", "document SG/382");
    assertThat(
            Citations.in(
                "We have communicated to the Secretary-General [A/3302/Add.4/Rev.1] our view that,"
                    + " as far as our understanding goes"))
        .containsExactly("document A/3302/Add.4/Rev.1");
    assertThat(
            Citations.in(
                "the proposals submitted to the Disarmament Commission by the Government of India"
                    + " [DC/98] were not designed to be"))
        .containsExactly("document DC/98");
  }

  @Test
  void symbolsBrokenByPdfExtraction() {
    assertThat(
            Citations.in(
                "that factor to which the Secretary-General refers in his report [A/ 3137], namely"))
        .containsExactly("document A/3137");
    assertThat(Citations.in("the report of the Secretary-General (S/ 2020/24) on Syria"))
        .containsExactly("document S/2020/24");
    assertThat(Citations.in("the report of the Secretary-General (S/2020/\n24) on Syria"))
        .containsExactly("document S/2020/24");
    assertThat(Citations.in("United Nations A/61/PV .107 General Assembly"))
        .containsExactly("meeting A/61/PV.107");
  }

  @Test
  void anAnnexCitesItsDocument() {
    assertThat(
            Citations.in(
                "reaffirms the premise of the concept note (S/2020/1, annex) prepared by the"
                    + " presidency of the Council"))
        .containsExactly("document S/2020/1");
  }

  @Test
  void aJointSymbolIsOneDocument() {
    assertThat(Citations.in("the letter circulated as document A/74/626-S/2019/985 of 20 December"))
        .containsExactly("document A/74/626-S/2019/985");
    assertThat(
            Citations.in(
                "the report of the Secretary-General on children and armed conflict"
                    + " (A/74/845\u2013S/2020/525)"))
        .containsExactly("document A/74/845-S/2020/525");
  }

  @Test
  void meetingRecords() {
    assertThat(
            Citations.in(
                "As was clearly demonstrated by the voting on 20 December 2019 (see S/PV.8697), the"
                    + " divisions among various Council members run deep."))
        .containsExactly("meeting S/PV.8697");
    assertThat(
            Citations.in(
                "addressed the General Assembly on 3 October 1994 (see A/49/ PV.14) as President"))
        .containsExactly("meeting A/49/PV.14");
    assertThat(Citations.in("is the best place on Earth to be. ( A/61/PV.10, p. 3)"))
        .containsExactly("meeting A/61/PV.10");
    assertThat(Citations.in("the debate held on 9 January (see S/PV.8699 (Resumption 1))"))
        .containsExactly("meeting S/PV.8699 (Resumption 1)");
  }

  @Test
  void resolutionSymbols() {
    assertThat(Citations.in("as required by S/RES/1440 (2002) and by A/RES/ES-10/19."))
        .containsExactly("resolution S/RES/1440 (2002)", "resolution A/RES/ES-10/19");
  }

  @Test
  void subsidiaryBodiesAndHumanRightsTreatyBodies() {
    assertThat(
            Citations.in(
                "see A/C.3/65/INF/1, A/HRC/43/3/Add.1, E/CN.6/2020/3, CRC/C/GC/14 and"
                    + " A/CONF.151/26 (Vol. I)",
                Body.GENERAL_ASSEMBLY))
        .containsExactly(
            "document A/C.3/65/INF/1",
            "document A/HRC/43/3/Add.1",
            "document E/CN.6/2020/3",
            "document CRC/C/GC/14",
            "document A/CONF.151/26");
  }

  @Test
  void symbolsOfOtherSeries() {
    assertThat(
            Citations.in(
                "see ST/SGB/2003/13, E/CN.4/Sub.2/1993/8, FCCC/CP/2015/10/Add.1, CCPR/C/GC/36,"
                    + " A/HRC/RES/S-29/1 and S/23500."))
        .containsExactly(
            "document ST/SGB/2003/13",
            "document E/CN.4/Sub.2/1993/8",
            "document FCCC/CP/2015/10/Add.1",
            "document CCPR/C/GC/36",
            "resolution A/HRC/RES/S-29/1",
            "document S/23500");
  }

  @Test
  void slashedWordsDatesAndNumbersAreNotSymbols() {
    assertThat(
            Citations.in(
                "the fight against HIV/AIDS, 24/7 support, and/or the session of 10/01/2020 at"
                    + " page 3/12, and the 20-00806 job number"))
        .isEmpty();
  }
}
