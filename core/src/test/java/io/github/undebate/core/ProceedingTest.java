package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProceedingTest {

  @Test
  void statementLanguageIsAnIso639Code() {
    Statement ru = new Statement("sp2", Optional.of("ru"), List.of(Paragraph.body("Спасибо.")));
    assertThat(ru.language()).contains("ru");
    assertThatThrownBy(() -> new Statement("sp2", Optional.of("Russian"), List.of()))
        .hasMessageContaining("ISO 639-1");
  }

  @Test
  void statementNeedsASpeakerAndNoNullParagraph() {
    assertThatThrownBy(() -> new Statement(" ", Optional.empty(), List.of()))
        .hasMessage("speakerId must not be blank");
    assertThatThrownBy(() -> new Statement("sp1", null, List.of()))
        .hasMessage("language must not be null");
    assertThatThrownBy(
            () -> new Statement("sp1", Optional.empty(), Arrays.asList((Paragraph) null)))
        .hasMessage("paragraphs[0] must not be null");
  }

  // S/PV.8700: the vote on draft resolution S/2020/27.
  @Test
  void voteKeepsItsCountryListsInOrder() {
    Vote v =
        new Vote(
            VoteMethod.SHOW_OF_HANDS,
            Optional.of("S/2020/27"),
            List.of("Belgium", "China"),
            List.of(),
            List.of(),
            VoteOutcome.ADOPTED,
            Optional.of("S/RES/2505 (2020)"));
    assertThat(v.inFavour()).containsExactly("Belgium", "China");
    assertThat(v.against()).isEmpty();
  }

  @Test
  void voteRejectsBlankCountriesAndMissingFields() {
    assertThatThrownBy(
            () ->
                new Vote(
                    VoteMethod.SHOW_OF_HANDS,
                    Optional.empty(),
                    List.of("Belgium", " "),
                    List.of(),
                    List.of(),
                    VoteOutcome.ADOPTED,
                    Optional.empty()))
        .hasMessage("inFavour[1] must not be blank");
    assertThatThrownBy(
            () ->
                new Vote(
                    null,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    VoteOutcome.ADOPTED,
                    Optional.empty()))
        .hasMessage("method must not be null");
    assertThatThrownBy(
            () ->
                new Vote(
                    VoteMethod.RECORDED,
                    Optional.of(""),
                    List.of(),
                    List.of(),
                    List.of(),
                    VoteOutcome.NOT_ADOPTED,
                    Optional.empty()))
        .hasMessage("draft must not be blank");
  }

  @Test
  void notesAndHeadingsAreNotBlank() {
    assertThat(new Note("The meeting rose at 1 p.m.").text()).startsWith("The meeting rose");
    assertThatThrownBy(() -> new Note("")).hasMessage("text must not be blank");
    assertThatThrownBy(() -> new Heading(" ")).hasMessage("text must not be blank");
  }

  @Test
  void memberAndDiagnosticValidateTheirFields() {
    assertThat(new Member("Belgium", "Mr. Pecsteen de Buytswerve").country()).isEqualTo("Belgium");
    assertThatThrownBy(() -> new Member("", "Mr. X")).hasMessage("country must not be blank");
    assertThatThrownBy(() -> new Diagnostic(Severity.INFO, "removed.page_header", -1, "m", ""))
        .hasMessageContaining("line must be >= 0");
    assertThatThrownBy(() -> new Diagnostic(Severity.INFO, " ", 1, "m", ""))
        .hasMessage("code must not be blank");
    assertThatThrownBy(() -> new Diagnostic(Severity.INFO, "c", 1, "m", null))
        .hasMessage("excerpt must not be null");
  }
}
