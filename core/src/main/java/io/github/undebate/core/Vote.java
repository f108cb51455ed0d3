package io.github.undebate.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decision on a draft, an amendment or a motion: a vote, or an adoption without one.
 *
 * <p>A vote taken without a vote ({@link VoteMethod#WITHOUT_VOTE}) has empty country lists and no
 * totals. An amendment is a vote whose {@link #draft()} is the amendment's symbol ({@code
 * A/65/L.53}); a numbered decision is in {@link #resolution()} as its symbol ({@code
 * A/DEC/64/555}).
 *
 * @param method how the vote was taken, or {@link VoteMethod#WITHOUT_VOTE}
 * @param draft the symbol of the draft or amendment decided on ({@code S/2020/27}); empty for an
 *     oral amendment or a motion
 * @param inFavour the countries voting in favour, as UN short names, in the order printed
 * @param against the countries voting against
 * @param abstaining the countries abstaining
 * @param outcome whether the draft was adopted
 * @param resolution the resolution or decision that the adoption made ({@code S/RES/2505 (2020)},
 *     {@code A/RES/64/299}, {@code A/DEC/76/423}), when stated
 * @param totals the numbers in favour, against and abstaining as printed, when printed
 */
public record Vote(
    VoteMethod method,
    Optional<String> draft,
    List<String> inFavour,
    List<String> against,
    List<String> abstaining,
    VoteOutcome outcome,
    Optional<String> resolution,
    Optional<VoteTotals> totals)
    implements Proceeding {

  /**
   * Validates the fields: the country lists hold no blank names, and a decision without a vote has
   * neither countries nor totals.
   */
  public Vote {
    Check.notNull(method, "method");
    Check.optionalText(draft, "draft");
    inFavour = countries(inFavour, "inFavour");
    against = countries(against, "against");
    abstaining = countries(abstaining, "abstaining");
    Check.notNull(outcome, "outcome");
    Check.optionalText(resolution, "resolution");
    Check.notNull(totals, "totals");
    if (method == VoteMethod.WITHOUT_VOTE) {
      Check.argument(
          inFavour.isEmpty() && against.isEmpty() && abstaining.isEmpty(),
          "a decision without a vote has no countries in favour, against or abstaining");
      Check.argument(totals.isEmpty(), "a decision without a vote has no totals");
    }
  }

  /**
   * A vote without printed totals, as before totals were part of the model.
   *
   * @param method how the vote was taken
   * @param draft the symbol of the draft voted on, when printed
   * @param inFavour the countries voting in favour
   * @param against the countries voting against
   * @param abstaining the countries abstaining
   * @param outcome whether the draft was adopted
   * @param resolution the resolution that the adoption made, when stated
   */
  public Vote(
      VoteMethod method,
      Optional<String> draft,
      List<String> inFavour,
      List<String> against,
      List<String> abstaining,
      VoteOutcome outcome,
      Optional<String> resolution) {
    this(method, draft, inFavour, against, abstaining, outcome, resolution, Optional.empty());
  }

  /**
   * A builder of a vote taken by {@code method} with the given outcome and nothing else set.
   *
   * <pre>{@code
   * Vote v = Vote.builder(VoteMethod.RECORDED, VoteOutcome.ADOPTED)
   *     .draft("A/64/L.47").totals(new VoteTotals(121, 5, 3)).resolution("A/RES/64/290").build();
   * Vote d = Vote.builder(VoteMethod.WITHOUT_VOTE, VoteOutcome.ADOPTED)
   *     .resolution("A/DEC/76/423").build();
   * }</pre>
   */
  public static Builder builder(VoteMethod method, VoteOutcome outcome) {
    return new Builder(method, outcome);
  }

  /** A builder that starts from this vote's fields. */
  public Builder toBuilder() {
    return new Builder(method, outcome)
        .draft(draft.orElse(null))
        .inFavour(inFavour)
        .against(against)
        .abstaining(abstaining)
        .resolution(resolution.orElse(null))
        .totals(totals.orElse(null));
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

  /**
   * Builds a {@link Vote}. Setters take {@code null} for "absent"; list setters copy their
   * argument. Not thread-safe; {@link #build()} validates.
   */
  public static final class Builder {
    private VoteMethod method;
    private VoteOutcome outcome;
    private String draft;
    private final List<String> inFavour = new ArrayList<>();
    private final List<String> against = new ArrayList<>();
    private final List<String> abstaining = new ArrayList<>();
    private String resolution;
    private VoteTotals totals;

    private Builder(VoteMethod method, VoteOutcome outcome) {
      this.method = method;
      this.outcome = outcome;
    }

    /** Sets how the vote was taken. */
    public Builder method(VoteMethod method) {
      this.method = method;
      return this;
    }

    /** Sets the outcome. */
    public Builder outcome(VoteOutcome outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Sets the symbol of the draft or amendment. */
    public Builder draft(String draft) {
      this.draft = draft;
      return this;
    }

    /** Replaces the countries in favour. */
    public Builder inFavour(List<String> countries) {
      this.inFavour.clear();
      this.inFavour.addAll(countries);
      return this;
    }

    /** Replaces the countries against. */
    public Builder against(List<String> countries) {
      this.against.clear();
      this.against.addAll(countries);
      return this;
    }

    /** Replaces the countries abstaining. */
    public Builder abstaining(List<String> countries) {
      this.abstaining.clear();
      this.abstaining.addAll(countries);
      return this;
    }

    /** Sets the resolution or decision made. */
    public Builder resolution(String resolution) {
      this.resolution = resolution;
      return this;
    }

    /** Sets the totals as printed. */
    public Builder totals(VoteTotals totals) {
      this.totals = totals;
      return this;
    }

    /** Builds the vote, validating every field. */
    public Vote build() {
      return new Vote(
          method,
          Optional.ofNullable(draft),
          inFavour,
          against,
          abstaining,
          outcome,
          Optional.ofNullable(resolution),
          Optional.ofNullable(totals));
    }
  }
}
