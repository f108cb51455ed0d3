package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Debate#turns()}: each statement with its speaker, no lookup in the caller's loop. */
class TurnTest {

  // S/PV.8700: the President, then the Russian Federation (in Russian), then the President again.
  private static final Speaker DANG =
      Speaker.builder("sp1")
          .name("Dang")
          .honorific("Mr.")
          .country("Viet Nam", "VN")
          .role(SpeakerRole.PRESIDENT)
          .raw("The President")
          .build();
  private static final Speaker NEBENZIA =
      Speaker.builder("sp2")
          .name("Nebenzia")
          .honorific("Mr.")
          .country("Russian Federation", "RU")
          .role(SpeakerRole.REPRESENTATIVE)
          .raw("Mr. Nebenzia (Russian Federation)")
          .build();
  private static final Statement OPENING =
      new Statement("sp1", Optional.empty(), List.of(Paragraph.body("I thank Council members.")));
  private static final Statement AMENDMENT =
      new Statement(
          "sp2",
          Optional.of("ru"),
          List.of(
              Paragraph.body(
                  "The Russian Federation should like to propose an oral amendment to paragraph 6"
                      + " of the draft resolution contained in document S/2020/24.")));
  private static final Statement CLOSING =
      new Statement("sp1", Optional.empty(), List.of(Paragraph.body("The meeting is adjourned.")));

  private static final Debate MEETING =
      Debate.builder()
          .kind(RecordKind.VERBATIM_RECORD)
          .addSpeaker(DANG)
          .addSpeaker(NEBENZIA)
          .addProceeding(new Note("The meeting was called to order at 6.05 p.m."))
          .addProceeding(OPENING)
          .addProceeding(AMENDMENT)
          .addProceeding(new Heading("The situation in the Middle East"))
          .addProceeding(CLOSING)
          .build();

  @Test
  void turnsAreTheStatementsInOrderWithTheirSpeakers() {
    List<Turn> turns = MEETING.turns();

    assertThat(turns)
        .containsExactly(
            new Turn(DANG, OPENING), new Turn(NEBENZIA, AMENDMENT), new Turn(DANG, CLOSING));
    assertThat(turns).extracting(Turn::statement).isEqualTo(MEETING.statements());
  }

  @Test
  void aTurnPassesOnItsStatementsParagraphsAndLanguage() {
    Turn amendment = MEETING.turns().get(1);

    assertThat(amendment.speaker().country()).contains("Russian Federation");
    assertThat(amendment.language()).contains("ru");
    assertThat(amendment.paragraphs()).isEqualTo(AMENDMENT.paragraphs());
  }

  @Test
  void aDebateWithoutStatementsHasNoTurns() {
    assertThat(Debate.builder().addProceeding(new Note("(Applause.)")).build().turns()).isEmpty();
  }

  @Test
  void aTurnMustPairAStatementWithItsOwnSpeaker() {
    assertThatThrownBy(() -> new Turn(NEBENZIA, OPENING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("speaker \"sp2\" is not the statement's speaker \"sp1\"");
    assertThatThrownBy(() -> new Turn(null, OPENING)).hasMessage("speaker must not be null");
  }

  @Test
  void theTurnsCannotBeChanged() {
    assertThatThrownBy(() -> MEETING.turns().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
