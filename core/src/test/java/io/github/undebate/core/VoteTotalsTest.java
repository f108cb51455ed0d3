package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decisions the model holds since issue 16: totals as printed, adoptions without a vote. */
class VoteTotalsTest {

  // A/65/PV.71: "Draft resolution I was adopted by 123 votes to 1, with 55 abstentions
  // (resolution 65/195)."
  @Test
  void aVoteCarriesItsTotalsAsPrinted() {
    Vote v =
        Vote.builder(VoteMethod.RECORDED, VoteOutcome.ADOPTED)
            .totals(new VoteTotals(123, 1, 55))
            .resolution("A/RES/65/195")
            .build();
    assertThat(v.totals()).contains(new VoteTotals(123, 1, 55));
    assertThat(v.inFavour()).isEmpty();
    assertThat(v.draft()).isEmpty();
    assertThat(v.toBuilder().build()).isEqualTo(v);
  }

  @Test
  void negativeTotalsAreRefusedNamingTheNumber() {
    assertThatThrownBy(() -> new VoteTotals(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totals.inFavour must not be negative, was -1");
    assertThatThrownBy(() -> new VoteTotals(1, -5, 0))
        .hasMessage("totals.against must not be negative, was -5");
    assertThatThrownBy(() -> new VoteTotals(1, 0, Integer.MIN_VALUE))
        .hasMessage("totals.abstaining must not be negative, was -2147483648");
    assertThat(new VoteTotals(0, 0, 0).abstaining()).isZero();
  }

  // A/65/PV.71: "It was so decided (decision 65/530)."
  @Test
  void aDecisionWithoutAVoteHasNeitherCountriesNorTotals() {
    Vote decided =
        Vote.builder(VoteMethod.WITHOUT_VOTE, VoteOutcome.ADOPTED)
            .resolution("A/DEC/65/530")
            .build();
    assertThat(decided.method()).isEqualTo(VoteMethod.WITHOUT_VOTE);
    assertThat(decided.resolution()).contains("A/DEC/65/530");
    assertThat(decided.totals()).isEmpty();

    assertThatThrownBy(
            () ->
                Vote.builder(VoteMethod.WITHOUT_VOTE, VoteOutcome.ADOPTED)
                    .inFavour(List.of("Belgium"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a decision without a vote has no countries in favour, against or abstaining");
    assertThatThrownBy(
            () ->
                Vote.builder(VoteMethod.WITHOUT_VOTE, VoteOutcome.ADOPTED)
                    .totals(new VoteTotals(0, 0, 0))
                    .build())
        .hasMessage("a decision without a vote has no totals");
  }

  @Test
  void theConstructorOfBeforeTotalsStillMakesAVoteWithoutThem() {
    Vote old =
        new Vote(
            VoteMethod.SHOW_OF_HANDS,
            Optional.of("S/2020/27"),
            List.of("Belgium"),
            List.of(),
            List.of(),
            VoteOutcome.ADOPTED,
            Optional.of("S/RES/2505 (2020)"));
    assertThat(old.totals()).isEmpty();
    assertThat(old)
        .isEqualTo(
            Vote.builder(VoteMethod.SHOW_OF_HANDS, VoteOutcome.ADOPTED)
                .draft("S/2020/27")
                .inFavour(List.of("Belgium"))
                .resolution("S/RES/2505 (2020)")
                .build());
    assertThatThrownBy(
            () ->
                new Vote(
                    VoteMethod.RECORDED,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    VoteOutcome.ADOPTED,
                    Optional.empty(),
                    null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("totals must not be null");
    assertThatThrownBy(() -> Vote.builder(null, VoteOutcome.ADOPTED).build())
        .hasMessage("method must not be null");
  }
}
