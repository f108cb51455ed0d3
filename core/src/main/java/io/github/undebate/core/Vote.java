package io.github.undebate.core;

import java.util.List;
import java.util.Optional;

/**
 * A vote on a draft or an amendment.
 *
 * @param method how the vote was taken
 * @param draft the symbol of the draft voted on ({@code S/2020/27}); empty for an oral amendment
 * @param inFavour the countries voting in favour, as UN short names, in the order printed
 * @param against the countries voting against
 * @param abstaining the countries abstaining
 * @param outcome whether the draft was adopted
 * @param resolution the resolution that the adoption made ({@code S/RES/2505 (2020)}), when stated
 */
public record Vote(
    VoteMethod method,
    Optional<String> draft,
    List<String> inFavour,
    List<String> against,
    List<String> abstaining,
    VoteOutcome outcome,
    Optional<String> resolution)
    implements Proceeding {

  /** Validates the fields; the country lists hold no blank names. */
  public Vote {
    Check.notNull(method, "method");
    Check.optionalText(draft, "draft");
    inFavour = countries(inFavour, "inFavour");
    against = countries(against, "against");
    abstaining = countries(abstaining, "abstaining");
    Check.notNull(outcome, "outcome");
    Check.optionalText(resolution, "resolution");
  }

  private static List<String> countries(List<String> names, String field) {
    List<String> copy = Check.list(names, field);
    for (int i = 0; i < copy.size(); i++) {
      Check.notBlank(copy.get(i), field + "[" + i + "]");
    }
    return copy;
  }

  /** Calls {@link Proceeding.Visitor#visitVote}. */
  @Override
  public <R> R accept(Proceeding.Visitor<R> visitor) {
    return visitor.visitVote(this);
  }
}
