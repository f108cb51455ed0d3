package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import org.junit.jupiter.api.Test;

/** Every form of speaker label starts a statement and resolves to the right speaker. */
class TurnLabelTest {
  private static final Debate SC_8698 = Records.parsed("sc/S_PV.8698_E.txt");
  private static final Debate SC_8699 = Records.parsed("sc/S_PV.8699_E.txt");
  private static final Debate SC_8700 = Records.parsed("sc/S_PV.8700_E.txt");
  private static final Debate SC_1997 = Records.parsed("pv/S_PV_1997_document_3756.txt");
  private static final Debate GA_1993 = Records.parsed("pv/A_48_PV_document_46.txt");
  private static final Debate GA_2007 = Records.parsed("pv/A_61_PV_document_107.txt");
  private static final Debate GA_2010 = Records.parsed("pv/A_65_PV_document_71.txt");

  private static Speaker speakerOf(Debate d, String firstWords) {
    return Records.speaker(d, Records.statementStarting(d, firstWords));
  }

  @Test
  void thePresidentWithAStraySpaceBeforeTheColonIsThePresidingSpeaker() {
    // "The President : In accordance with rule 37 of"
    Statement s = Records.statementStarting(SC_8700, "In accordance with rule 37");
    assertThat(SC_8700.presidentId()).hasValue(s.speakerId());
  }

  @Test
  void representativeLabelGivesNameHonorificAndCountry() {
    // "Mr. Pecsteen de Buytswerve (Belgium): I shall"
    Speaker s = speakerOf(SC_8700, "I shall make this statement on behalf of Germany");
    assertThat(s.name()).hasValue("Pecsteen de Buytswerve");
    assertThat(s.honorific()).hasValue("Mr.");
    assertThat(s.country()).hasValue("Belgium");
    assertThat(s.role()).isEqualTo(SpeakerRole.REPRESENTATIVE);
    assertThat(s.raw()).isEqualTo("Mr. Pecsteen de Buytswerve (Belgium)");
  }

  @Test
  void labelSplitOverTwoLinesStartsOneStatement() {
    // "Mr. Nebenzia (Russian Federation) ( spoke in" / "Russian ): The Russian Federation ..."
    Statement s =
        Records.statementStarting(SC_8700, "The Russian Federation should like to propose");
    assertThat(Records.speaker(SC_8700, s).name()).hasValue("Nebenzia");
    // "Mr. Singer Weisinger (Dominican Republic)" / "(spoke in Spanish ): The Dominican ..."
    Statement t =
        Records.statementStarting(SC_8700, "The Dominican Republic voted in favour of resolution");
    assertThat(Records.speaker(SC_8700, t).name()).hasValue("Singer Weisinger");
    assertThat(Records.paragraphTexts(SC_8700)).noneMatch(p -> p.contains("spoke in"));
  }

  @Test
  void repeatedLabelsAreOneSpeaker() {
    long nebenzia =
        SC_8700.speakers().stream().filter(s -> s.name().orElse("").equals("Nebenzia")).count();
    assertThat(nebenzia).as("Nebenzia speaks three times but is one speaker").isEqualTo(1);
    assertThat(SC_8700.speakers()).hasSize(14);
  }

  @Test
  void secretaryGeneralIsAUnitedNationsOfficial() {
    // "The Secretary-General : I thank the Vietnamese presidency"
    Speaker s = speakerOf(SC_8699, "I thank the Vietnamese presidency of the Council");
    assertThat(s.organization()).hasValue("United Nations");
    assertThat(s.role()).isEqualTo(SpeakerRole.SECRETARIAT);
    assertThat(s.post()).hasValue("Secretary-General");
  }

  @Test
  void briefersWithoutCountryTakeTheirPostFromTheInvitation() {
    // "I invite Mr. Mohamed Ibn Chambas, Special Representative of the Secretary-General and
    // Head of the United Nations Office for West Africa and the Sahel, to participate"
    Speaker chambas = speakerOf(SC_8698, "I am honoured to be here today");
    assertThat(chambas.name()).hasValue("Chambas");
    assertThat(chambas.organization()).hasValue("United Nations");
    assertThat(chambas.role()).isEqualTo(SpeakerRole.SECRETARIAT);
    assertThat(chambas.post().orElseThrow()).startsWith("Special Representative of the");
    // "I invite Her Excellency Mrs. Mary Robinson, Chair of The Elders, to participate"
    Speaker robinson = speakerOf(SC_8699, "I am honoured to address the Security Council");
    assertThat(robinson.post()).hasValue("Chair of The Elders");
    assertThat(robinson.organization()).hasValue("The Elders");
    assertThat(robinson.role()).isEqualTo(SpeakerRole.GUEST);
  }

  @Test
  void postAfterTheCountryIsKept() {
    // "Mr. Garayev  (Azerbaijan), Rapporteur of the" / "Third Committee: It is a great honour"
    Speaker s = speakerOf(GA_2010, "It is a great honour and privilege");
    assertThat(s.name()).hasValue("Garayev");
    assertThat(s.country()).hasValue("Azerbaijan");
    assertThat(s.post()).hasValue("Rapporteur of the Third Committee");
  }

  @Test
  void strayColonBeforeTheCountryIsTolerated() {
    // "Mr. Briz Gutiérrez : (Guatemala) ( spoke in" / "Spanish ): My delegation would ..."
    Speaker s = speakerOf(GA_2007, "My delegation would simply like to ask the President");
    assertThat(s.name()).hasValue("Briz Gutiérrez");
    assertThat(s.country()).hasValue("Guatemala");
  }

  @Test
  void capitalisedOldLabelsAndInterpretationNotes() {
    // "The PRESIDENT: I should like to make an"
    Statement p = Records.statementStarting(GA_1993, "I should like to make an announcement");
    assertThat(GA_1993.presidentId()).hasValue(p.speakerId());
    // "Mr. INDERFURTH (United States of America): On"
    assertThat(speakerOf(GA_1993, "On behalf of the United States").name()).hasValue("INDERFURTH");
    // "Sir David HANNAY (United Kingdom): In 1943"
    Speaker hannay = speakerOf(GA_1993, "In 1943, at the height");
    assertThat(hannay.honorific()).hasValue("Sir");
    assertThat(hannay.name()).hasValue("David HANNAY");
    // "Mr. LI Zhaoxing(China) (interpretation from Chinese):" - no space before the parenthesis
    assertThat(speakerOf(GA_1993, "It is of singular importance").name()).hasValue("LI Zhaoxing");
    // "Mr. Elaraby (Egypt)(interpretation from Arabic ):"
    assertThat(speakerOf(SC_1997, "Today, for the second time in two weeks").name())
        .hasValue("Elaraby");
  }

  @Test
  void actingPresidentIsTheVicePresidentWhoTookTheChair() {
    // "Mrs. Asmady (Indonesia), Vice-President, took the Chair ." ... "The Acting President : I"
    Speaker s = speakerOf(GA_2007, "I should like to inform members that, in view of the lateness");
    assertThat(s.name()).hasValue("Asmady");
    assertThat(s.country()).hasValue("Indonesia");
    assertThat(s.role()).isEqualTo(SpeakerRole.PRESIDENT);
    assertThat(GA_2007.presidentId()).isNotEqualTo(java.util.Optional.of(s.id()));
  }

  @Test
  void takingTheChairInMidSpeechDoesNotSplitTheSpeech() {
    // Canada's speech goes on across "Mr. Wali (Nigeria), Vice-President, took the Chair."
    long canada =
        GA_2007.statements().stream()
            .filter(s -> Records.speaker(GA_2007, s).country().orElse("").equals("Canada"))
            .count();
    assertThat(canada).isEqualTo(1);
  }

  @Test
  void linesThatOnlyLookLikeLabelsDoNotStartStatements() {
    // "Mr. President, for dedicating the first thematic" is the middle of a speech.
    assertThat(SC_8699.statements())
        .noneMatch(s -> s.paragraphs().get(0).text().startsWith("for dedicating"));
    assertThat(Records.paragraphTexts(SC_8699))
        .anyMatch(t -> t.contains("Mr. President, for dedicating the first thematic"));
  }

  @Test
  void numberedParagraphsAndTranslatedFromLabelsOfOldRecords() {
    // The layout of the 1940s-1960s records: numbered paragraphs, capitalised labels,
    // "(translated from French)". Lines built from the 1993 record's own opening.
    String record =
        String.join(
            "\n",
            "United Nations",
            "GENERAL ASSEMBLY",
            "46th PLENARY MEETING",
            "Monday, 1 November 1993, at 3 p.m.",
            "NEW YORK",
            "President: Mr. INSANALLY (Guyana)",
            "The meeting was called to order at 3.20 p.m.",
            "1. The PRESIDENT (translated from French): I should like to make an",
            "announcement concerning agenda item 56.",
            "2. I have requested the Permanent Representative of Benin to serve as",
            "chairman of this working group.",
            "3. Mr. KOVANDA (Czech Republic): In a recent statement in the First",
            "Committee my delegation has discussed several of the issues.",
            "The meeting rose at 6.35 p.m.");
    Debate d = DebateParser.create().parse(record);
    assertThat(d.statements()).hasSize(2);
    Statement first = d.statements().get(0);
    assertThat(d.presidentId()).hasValue(first.speakerId());
    assertThat(first.paragraphs()).hasSize(2);
    assertThat(first.paragraphs().get(1).text()).startsWith("I have requested");
    assertThat(Records.speaker(d, d.statements().get(1)).name()).hasValue("KOVANDA");
  }
}
