package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Taking a {@link Proceeding} apart on Java 17: the visitor and the typed accessors. */
class ProceedingVisitorTest {

  // The proceedings of S/PV.8700 in document order, shortened.
  private static final Note CALLED_TO_ORDER =
      new Note("The meeting was called to order at 6.05 p.m.");
  private static final Heading AGENDA = new Heading("The situation in the Middle East");
  private static final Statement AMENDMENT =
      new Statement(
          "sp2",
          Optional.of("ru"),
          List.of(Paragraph.body("The Russian Federation should like to propose an amendment.")));
  private static final Vote VOTE =
      new Vote(
          VoteMethod.SHOW_OF_HANDS,
          Optional.of("S/2020/27"),
          List.of("Belgium", "China"),
          List.of(),
          List.of("Russian Federation"),
          VoteOutcome.ADOPTED,
          Optional.of("S/RES/2505 (2020)"));
  private static final List<Proceeding> PROCEEDINGS =
      List.of(CALLED_TO_ORDER, AGENDA, AMENDMENT, VOTE);

  /** Describes each kind by its own fields. */
  private static final Proceeding.Visitor<String> DESCRIBE =
      new Proceeding.Visitor<>() {
        @Override
        public String visitStatement(Statement statement) {
          return "statement by " + statement.speakerId();
        }

        @Override
        public String visitVote(Vote vote) {
          return "vote on " + vote.draft().orElse("an oral amendment") + ": " + vote.outcome();
        }

        @Override
        public String visitNote(Note note) {
          return "note: " + note.text();
        }

        @Override
        public String visitHeading(Heading heading) {
          return "heading: " + heading.text();
        }
      };

  @Test
  void theVisitorCallsTheMethodOfEachKind() {
    List<String> lines = new ArrayList<>();
    for (Proceeding p : PROCEEDINGS) {
      lines.add(p.accept(DESCRIBE));
    }

    assertThat(lines)
        .containsExactly(
            "note: The meeting was called to order at 6.05 p.m.",
            "heading: The situation in the Middle East",
            "statement by sp2",
            "vote on S/2020/27: ADOPTED");
  }

  @Test
  void eachTypedAccessorAnswersForItsOwnKindOnly() {
    assertThat(PROCEEDINGS.stream().flatMap(p -> p.asStatement().stream()))
        .containsExactly(AMENDMENT);
    assertThat(PROCEEDINGS.stream().flatMap(p -> p.asVote().stream())).containsExactly(VOTE);
    assertThat(PROCEEDINGS.stream().flatMap(p -> p.asNote().stream()))
        .containsExactly(CALLED_TO_ORDER);
    assertThat(PROCEEDINGS.stream().flatMap(p -> p.asHeading().stream())).containsExactly(AGENDA);
    assertThat(VOTE.asStatement()).isEmpty();
    assertThat(AMENDMENT.asVote()).isEmpty();
  }
}
