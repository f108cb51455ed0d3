package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import io.github.undebate.parser.DebateParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Procedural notes, agenda headings and votes become proceedings of their own. */
class ProcedureTest {
  private static final Debate SC_8698 = Records.parsed("sc/S_PV.8698_E.txt");
  private static final Debate SC_8699 = Records.parsed("sc/S_PV.8699_E.txt");
  private static final Debate SC_8700 = Records.parsed("sc/S_PV.8700_E.txt");
  private static final Debate SC_8701 = Records.parsed("sc/S_PV.8701_E.txt");
  private static final Debate SC_1997 = Records.parsed("pv/S_PV_1997_document_3756.txt");
  private static final Debate GA_1993 = Records.parsed("pv/A_48_PV_document_46.txt");
  private static final Debate GA_2007 = Records.parsed("pv/A_61_PV_document_107.txt");
  private static final Debate GA_2010 = Records.parsed("pv/A_65_PV_document_71.txt");

  @Test
  void meetingNotesAreNotesAndNeverSpeech() {
    assertThat(Records.notes(SC_8700))
        .containsExactly(
            "The meeting was called to order at 6.05 p.m.",
            "The agenda was adopted.",
            "A vote was taken by show of hands.",
            "A vote was taken by show of hands.",
            "The meeting rose at 7.05 p.m.");
    assertThat(Records.paragraphTexts(SC_8700))
        .noneMatch(t -> t.contains("The meeting rose") || t.contains("A vote was taken"));
  }

  @Test
  void aSuspensionNoteWrappedOverTwoLinesIsOneNote() {
    // "The meeting was suspended at 1.15 p.m. and" / "resumed at 3.05 p.m."
    assertThat(Records.notes(SC_8699))
        .contains(
            "The meeting was suspended at 1.15 p.m. and resumed at 3.05 p.m.",
            "The meeting was suspended at 6.05 p.m.");
  }

  @Test
  void generalAssemblyDecisionsAndStageNotesAreNotes() {
    assertThat(Records.notes(GA_2007))
        .contains(
            "The members of the General Assembly observed a minute of silence .",
            "Draft resolution A/61/L.68 was adopted (resolution 61/293).",
            "It was so decided .",
            "Mr. Wali (Nigeria), Vice-President, took the Chair.",
            "[Subsequently the delegation of Montenegro advised the Secretariat that it had"
                + " intended to vote in favour.]");
    assertThat(Records.notes(SC_1997))
        .contains(
            "At the invitation of the President, Mr. Al-Kidwa (Palestine) took a seat at the"
                + " Council table.");
    assertThat(Records.notes(GA_1993))
        .contains(
            "Operative paragraph 7 was retained by 106 votes to 1, with 28 abstentions.",
            "Draft resolution A/48/L.13 and Corr.1, as a whole, was adopted by 140 votes to 1,"
                + " with 9 abstentions (resolution 48/14).");
  }

  @Test
  void agendaHeadingsBetweenSpeechesAreHeadings() {
    // "...during their terms." / "Expression of thanks to the outgoing President" / "The President
    // :"
    assertThat(Records.headings(SC_8698))
        .containsExactly(
            "Expression of welcome to the new members of the Security Council and of thanks to"
                + " the outgoing members",
            "Expression of thanks to the outgoing President",
            "Adoption of the agenda",
            "Peace consolidation in West Africa",
            "Report of the Secretary-General on the activities of the United Nations Office for"
                + " West Africa and the Sahel (S/2019/1005)");
    assertThat(Records.paragraphTexts(SC_8698))
        .noneMatch(t -> t.contains("Expression of thanks to the outgoing President"));
  }

  @Test
  void generalAssemblyAgendaItemsAreHeadings() {
    assertThat(Records.headings(GA_2010))
        .containsSubsequence(
            "Agenda item 28",
            "Advancement of women",
            "(a) Advancement of women",
            "(b) Implementation of the Fourth World Conference on Women and of the twenty-third"
                + " special session of the General Assembly",
            "Report of the Third Committee (A/65/449)");
    assertThat(Records.headings(GA_1993)).contains("AGENDA ITEM 14 (continued)");
  }

  @Test
  void speechThatAnInterruptionCutsOffStaysSpeech() {
    // "... it will continue" / "to defend those" / "The President : I wish to remind ..."
    assertThat(Records.paragraphTexts(SC_8699))
        .anyMatch(t -> t.endsWith("along with other Members, it will continue to defend those"));
    assertThat(Records.headings(SC_8699)).noneMatch(h -> h.contains("defend those"));
  }

  @Test
  void showOfHandsVoteWithWrappedNamesAndNone() {
    List<Vote> votes = Records.votes(SC_8700);
    assertThat(votes).hasSize(2);
    Vote amendment = votes.get(0);
    assertThat(amendment.method()).isEqualTo(VoteMethod.SHOW_OF_HANDS);
    assertThat(amendment.draft()).as("an oral amendment has no draft symbol").isEmpty();
    assertThat(amendment.inFavour()).containsExactly("China", "Russian Federation", "Viet Nam");
    assertThat(amendment.against())
        .contains("United Kingdom of Great Britain and Northern Ireland")
        .hasSize(7);
    assertThat(amendment.outcome()).isEqualTo(VoteOutcome.NOT_ADOPTED);
    Vote draft = votes.get(1);
    assertThat(draft.draft()).hasValue("S/2020/24");
    assertThat(draft.against()).as("'Against : None'").isEmpty();
    assertThat(draft.abstaining())
        .containsExactly(
            "China",
            "Russian Federation",
            "United Kingdom of Great Britain and Northern Ireland",
            "United States of America");
    assertThat(draft.outcome()).isEqualTo(VoteOutcome.ADOPTED);
    assertThat(draft.resolution()).hasValue("S/RES/2504 (2020)");
  }

  @Test
  void voteWithOnlyAnInFavourList() {
    Vote v = Records.votes(SC_8701).get(0);
    assertThat(v.inFavour()).hasSize(15);
    assertThat(v.against()).isEmpty();
    assertThat(v.abstaining()).isEmpty();
    assertThat(v.draft()).hasValue("S/2020/27");
    assertThat(v.resolution()).hasValue("S/RES/2505 (2020)");
  }

  @Test
  void vetoedDraftIsNotAdopted() {
    // "13 votes in favour, one against and one abstaining. The draft resolution has not been
    // adopted, owing to the negative vote of a permanent member of the Council."
    Vote v = Records.votes(SC_1997).get(0);
    assertThat(v.against()).containsExactly("United States of America");
    assertThat(v.outcome()).isEqualTo(VoteOutcome.NOT_ADOPTED);
    assertThat(v.resolution()).isEmpty();
  }

  @Test
  void recordedVoteOfTheAssembly() {
    // the fourth decision of the meeting, after two resolutions and a decision adopted without a
    // vote
    Vote v = Records.votes(GA_2007).get(3);
    assertThat(v.method()).isEqualTo(VoteMethod.RECORDED);
    assertThat(v.totals()).hasValue(new VoteTotals(143, 4, 11));
    assertThat(v.draft()).hasValue("A/61/L.67");
    assertThat(v.inFavour()).hasSize(143).contains("Bahrain");
    assertThat(v.against())
        .containsExactly("Australia", "Canada", "New Zealand", "United States of America");
    assertThat(v.abstaining()).hasSize(11);
    assertThat(v.resolution()).hasValue("A/RES/61/295");
  }

  @Test
  void adoptionsWithoutAVoteOfTheAssembly() {
    // "Draft resolution A/61/L.68 was adopted (resolution 61/293)." ... "The draft decision was
    // adopted ."
    List<Vote> votes = Records.votes(GA_2007);
    assertThat(votes).hasSize(4);
    assertThat(votes.subList(0, 3))
        .allSatisfy(
            v -> {
              assertThat(v.method()).isEqualTo(VoteMethod.WITHOUT_VOTE);
              assertThat(v.outcome()).isEqualTo(VoteOutcome.ADOPTED);
              assertThat(v.inFavour()).isEmpty();
              assertThat(v.totals()).isEmpty();
            });
    assertThat(votes.subList(0, 3))
        .extracting(v -> v.draft().orElse(null), v -> v.resolution().orElse(null))
        .containsExactly(
            tuple("A/61/L.68", "A/RES/61/293"),
            tuple("A/61/L.66", "A/RES/61/294"),
            tuple(null, null));
  }

  @Test
  void everyDecisionOfTheThirdCommitteesReports() {
    // 60 decisions: 45 without a vote, 15 recorded votes with the totals the notes print
    List<Vote> votes = Records.votes(GA_2010);
    assertThat(votes).hasSize(60);
    assertThat(votes).filteredOn(v -> v.method() == VoteMethod.WITHOUT_VOTE).hasSize(45);
    assertThat(votes)
        .filteredOn(v -> v.method() == VoteMethod.RECORDED)
        .hasSize(15)
        .allSatisfy(
            v ->
                assertThat(v.totals())
                    .hasValue(
                        new VoteTotals(
                            v.inFavour().size(), v.against().size(), v.abstaining().size())));
    assertThat(votes)
        .filteredOn(v -> v.draft().isPresent())
        .extracting(v -> v.draft().get())
        .containsExactly("A/65/L.53");
  }

  @Test
  void everyVoteOfTheCorpusAddsUpToTheAnnouncedTotals() {
    for (Debate d : List.of(SC_8700, SC_8701, SC_1997, GA_1993, GA_2007, GA_2010)) {
      assertThat(d.diagnostics())
          .extracting(Diagnostic::code)
          .doesNotContain("vote.count_mismatch", "vote.unknown_country");
    }
    // "Yemen, Zambia" / "Zimbabwe." - the record forgot a comma
    assertThat(GA_2010.diagnostics()).extracting(Diagnostic::code).contains("vote.missing_comma");
  }

  @Test
  void aListThatDoesNotAddUpIsReported() {
    // S/PV.8701 with "Viet Nam" struck from the list; the President still announces 15 votes.
    String text = Records.text("sc/S_PV.8701_E.txt").replace("America, Viet Nam\n", "America\n");
    Debate d = DebateParser.create().parse(text);
    assertThat(Records.votes(d).get(0).inFavour()).hasSize(14);
    assertThat(d.diagnostics())
        .filteredOn(x -> x.code().equals("vote.count_mismatch"))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
  }
}
