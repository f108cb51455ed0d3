package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Member;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.parser.DebateParser;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Every field of a verbatim record's header, read from the first page as printed. */
class HeaderTest {
  private static final Debate SC_8700 = Records.parsed("sc/S_PV.8700_E.txt");
  private static final Debate SC_8699 = Records.parsed("sc/S_PV.8699_E.txt");
  private static final Debate SC_8701 = Records.parsed("sc/S_PV.8701_E.txt");
  private static final Debate SC_1997 = Records.parsed("pv/S_PV_1997_document_3756.txt");
  private static final Debate GA_1993 = Records.parsed("pv/A_48_PV_document_46.txt");
  private static final Debate GA_2007 = Records.parsed("pv/A_61_PV_document_107.txt");
  private static final Debate GA_2010 = Records.parsed("pv/A_65_PV_document_71.txt");

  @Test
  void symbolIsReadAlsoWhenTheExtractorSpacedIt() {
    // "United Nations S/ PV.870 0"
    assertThat(SC_8700.symbol()).hasValue("S/PV.8700");
    // " United Nations  A/61/PV .107"
    assertThat(GA_2007.symbol()).hasValue("A/61/PV.107");
    assertThat(SC_1997.symbol()).hasValue("S/PV.3756");
  }

  @Test
  void theAgendaOfAnAssemblyRecordComesFromItsAgendaItemHeadings() {
    // "Agenda item 11" / "Prevention of armed conflict" in the body; the header prints no agenda.
    // Item 33 comes up twice and is listed once.
    assertThat(GA_2007.agenda())
        .startsWith("Prevention of armed conflict")
        .contains("Report of the Peacebuilding Commission")
        .doesNotHaveDuplicates()
        .noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("agenda item"));
    assertThat(GA_2010.agenda()).hasSize(13).startsWith("Social development");
  }

  @Test
  void aZerothMeetingIsNoNumberAndNoFailure() {
    // issue 18: "0th meeting" once reached the model's invariant (meeting numbers are positive)
    String text = Records.text("sc/S_PV.8700_E.txt").replace("8700th meeting", "0th meeting");
    assertThat(text).contains("0th meeting");
    Debate d = DebateParser.create().parse(text);
    assertThat(d.meetingNumber()).hasValue(8700);
  }

  @Test
  void aLineOfOnlyANoBreakSpaceAfterTheFirstNoteIsNoFailure() {
    // issue 18: a line holding only U+00A0 after "The meeting was called to order ..."
    String text =
        Records.text("sc/S_PV.8700_E.txt")
            .replace(
                "The meeting was called to order at 6.05 p.m.\n",
                "The meeting was called to order at 6.05 p.m.\n\u00a0\n");
    assertThat(text).contains("\u00a0");
    Debate d = DebateParser.create().parse(text);
    assertThat(Records.notes(d)).contains("The meeting was called to order at 6.05 p.m.");
  }

  @Test
  void symbolOfAnOldRecordComesFromTheFirstPageFooter() {
    // 1993: the symbol stands only in the distribution footer ("Distr. GENERAL / A/48/PV.46").
    assertThat(GA_1993.symbol()).hasValue("A/48/PV.46");
  }

  @Test
  void organComesFromTheSymbolOrTheHeader() {
    assertThat(SC_8700.body()).hasValue(Body.SECURITY_COUNCIL);
    assertThat(GA_1993.body()).hasValue(Body.GENERAL_ASSEMBLY);
    assertThat(GA_2010.body()).hasValue(Body.GENERAL_ASSEMBLY);
  }

  @Test
  void meetingNumberIsReadFromItsOwnLineAlsoWhenWrapped() {
    assertThat(SC_8700.meetingNumber()).hasValue(8700);
    // "46th" / "PLENARY MEETING" on two lines
    assertThat(GA_1993.meetingNumber()).hasValue(46);
    // "107th plenary meeting"
    assertThat(GA_2007.meetingNumber()).hasValue(107);
    assertThat(SC_1997.meetingNumber()).hasValue(3756);
  }

  @Test
  void sessionOrYearIsKeptAsPrinted() {
    assertThat(SC_8700.session()).hasValue("Seventy-fifth year");
    assertThat(GA_2007.session()).hasValue("Sixty-first session");
    assertThat(GA_1993.session()).hasValue("FORTY-EIGHTH SESSION");
    assertThat(SC_1997.session()).hasValue("Fifty-second Year");
  }

  @Test
  void dateAndTimeComeFromTheDateLine() {
    // "Friday, 10 January 2020, 3 p.m."
    assertThat(SC_8700.date()).hasValue(LocalDate.of(2020, 1, 10));
    assertThat(SC_8700.time()).hasValue(LocalTime.of(15, 0));
    // "Monday, 1 November 1993" / "at 3 p.m."
    assertThat(GA_1993.date()).hasValue(LocalDate.of(1993, 11, 1));
    assertThat(GA_1993.time()).hasValue(LocalTime.of(15, 0));
    assertThat(SC_8701.time()).hasValue(LocalTime.of(10, 0));
  }

  @Test
  void placeFollowsTheDateLine() {
    assertThat(SC_8700.location()).hasValue("New York");
    // "NEW YORK" in capitals
    assertThat(GA_1993.location()).hasValue("New York");
  }

  @Test
  void provisionalRecordsAreMarked() {
    assertThat(SC_8700.provisional()).as("S/PV.8700 says Provisional").isTrue();
    assertThat(SC_1997.provisional()).as("'Security Council Provisional'").isTrue();
    assertThat(GA_2007.provisional()).as("A/61/PV.107 is in the Official Records").isFalse();
  }

  @Test
  void presidentComesFromTheHeaderWithDotLeaders() {
    Speaker p = SC_8700.president().orElseThrow();
    assertThat(p.name()).hasValue("Dang");
    assertThat(p.honorific()).hasValue("Mr.");
    assertThat(p.country()).hasValue("Viet Nam");
    assertThat(p.role()).isEqualTo(SpeakerRole.PRESIDENT);
  }

  @Test
  void firstOfTwoPresidingOfficersPresides() {
    // "President : Mr. Pham Binh Minh/Mr. Dang .......... (Viet Nam)"
    assertThat(SC_8699.president().orElseThrow().name()).hasValue("Pham Binh Minh");
  }

  @Test
  void letterSpacedPresidentIsRepaired() {
    // "President : M r .  D e i s s  ....  ( S w i t z e r l a n d )"
    Speaker p = GA_2010.president().orElseThrow();
    assertThat(p.name()).hasValue("Deiss");
    assertThat(p.country()).hasValue("Switzerland");
    // "President: M s .  A l - K h a l i f a  ....  ( B a h r a i n )"
    assertThat(GA_2007.president().orElseThrow().name()).hasValue("Al-Khalifa");
  }

  @Test
  void presidentWithCountryOnTheNextLine() {
    // "President: Mr. INSANALLY" / "(Guyana)"
    Speaker p = GA_1993.president().orElseThrow();
    assertThat(p.name()).hasValue("INSANALLY");
    assertThat(p.country()).hasValue("Guyana");
  }

  @Test
  void membersListIsReadThroughDotLeaders() {
    assertThat(SC_8700.members()).hasSize(14);
    assertThat(SC_8700.members().get(0))
        .isEqualTo(new Member("Belgium", "Mr. Pecsteen de Buytswerve"));
    assertThat(SC_8700.members())
        .contains(
            new Member("United Kingdom of Great Britain and Northern Ireland", "Ms. Pierce"),
            new Member("Saint Vincent and the Grenadines", "Ms. King"));
  }

  @Test
  void letterSpacedMembersAreRepaired() {
    // "Chile .... M r . Larraín", "United Kingdom ... S i r John Weston"
    assertThat(SC_1997.members()).hasSize(14);
    assertThat(SC_1997.members()).contains(new Member("Chile", "Mr. Larraín"));
    assertThat(SC_1997.members())
        .contains(
            new Member("United Kingdom of Great Britain and Northern Ireland", "Sir John Weston"));
  }

  @Test
  void agendaItemsAreJoinedOverTheirWraps() {
    assertThat(SC_8701.agenda())
        .containsExactly(
            "The situation in the Middle East",
            "Letter dated 14 October 2019 from the Secretary-General addressed to the President of"
                + " the Security Council (S/2019/823)");
    assertThat(SC_8699.agenda())
        .startsWith(
            "Maintenance of international peace and security",
            "Upholding the United Nations Charter");
  }

  @Test
  void titleIsTheFirstAgendaItem() {
    assertThat(SC_8699.title()).hasValue("Maintenance of international peace and security");
    assertThat(SC_1997.title()).hasValue("The situation in the occupied Arab territories");
  }

  @Test
  void titleOfARecordWithoutHeaderAgendaIsItsFirstAgendaItemHeading() {
    // A/61/PV.107 opens with a tribute, then "Agenda item 11" / "Prevention of armed conflict".
    assertThat(GA_2007.title()).hasValue("Prevention of armed conflict");
  }

  @Test
  void headerLinesNeverBecomeSpeech() {
    assertThat(Records.paragraphTexts(SC_8700))
        .noneMatch(t -> t.contains("Pecsteen de Buytswerve ...") || t.contains("Seventy-fifth"));
  }
}
