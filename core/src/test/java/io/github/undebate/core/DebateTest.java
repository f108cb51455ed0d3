package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DebateTest {

  private static final Speaker DANG =
      Speaker.builder("sp1")
          .name("Dang")
          .honorific("Mr.")
          .country("Viet Nam", "VN")
          .role(SpeakerRole.PRESIDENT)
          .raw("Mr. Dang (Viet Nam)")
          .build();

  // The header and first turn of S/PV.8700.
  private static Debate.Builder meeting() {
    return Debate.builder()
        .kind(RecordKind.VERBATIM_RECORD)
        .symbol("S/PV.8700")
        .body(Body.SECURITY_COUNCIL)
        .meetingNumber(8700)
        .date(LocalDate.of(2020, 1, 10))
        .title("The situation in the Middle East")
        .presidentId("sp1")
        .addSpeaker(DANG)
        .addProceeding(new Note("The meeting was called to order at 6.05 p.m."))
        .addProceeding(
            new Statement(
                "sp1", Optional.empty(), List.of(Paragraph.body("I thank Council members."))));
  }

  @Test
  void resolvesThePresidentAndListsStatements() {
    Debate d = meeting().build();
    assertThat(d.president()).contains(DANG);
    assertThat(d.statements()).hasSize(1);
    assertThat(d.speaker("sp9")).isEmpty();
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void defaultsToAnEmptyRecordOfKindOther() {
    Debate d = Debate.builder().build();
    assertThat(d.kind()).isEqualTo(RecordKind.OTHER);
    assertThat(d.symbol()).isEmpty();
    assertThat(d.meetingNumber()).isEmpty();
    assertThat(d.proceedings()).isEmpty();
  }

  @Test
  void rejectsAPresidentWhoIsNotASpeaker() {
    assertThatThrownBy(() -> meeting().presidentId("sp7").build())
        .hasMessage("presidentId \"sp7\" must name one of the speakers");
  }

  @Test
  void rejectsAStatementByAnUnknownSpeaker() {
    Statement orphan = new Statement("sp3", Optional.empty(), List.of());
    assertThatThrownBy(() -> meeting().addProceeding(orphan).build())
        .hasMessage("proceedings[2].speakerId \"sp3\" must name one of the speakers");
  }

  @Test
  void rejectsRepeatedSpeakerIds() {
    assertThatThrownBy(() -> meeting().addSpeaker(DANG).build())
        .hasMessage("speakers must have unique ids, \"sp1\" repeats");
  }

  @Test
  void rejectsANonPositiveMeetingNumberAndBlankFields() {
    assertThatThrownBy(() -> meeting().meetingNumber(0).build())
        .hasMessage("meetingNumber must be positive, was 0");
    assertThatThrownBy(() -> meeting().symbol(" ").build()).hasMessage("symbol must not be blank");
    assertThatThrownBy(() -> meeting().addAgendaItem("").build())
        .hasMessage("agenda[0] must not be blank");
    assertThatThrownBy(() -> meeting().kind(null).build()).hasMessage("kind must not be null");
  }

  @Test
  void listsAreUnmodifiable() {
    Debate d = meeting().build();
    assertThatThrownBy(() -> d.speakers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.statements().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
