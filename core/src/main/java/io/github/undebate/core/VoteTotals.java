package io.github.undebate.core;

/**
 * The numbers of a vote as the record prints them: "adopted by 121 votes to 5, with 3 abstentions"
 * is {@code (121, 5, 3)}. They are what was announced, not counted from the country lists; when a
 * record prints both and they disagree, the parser says so in a diagnostic.
 *
 * @param inFavour the votes in favour
 * @param against the votes against
 * @param abstaining the abstentions
 */
public record VoteTotals(int inFavour, int against, int abstaining) {

  /** Validates that no number is negative. */
  public VoteTotals {
    nonNegative(inFavour, "inFavour");
    nonNegative(against, "against");
    nonNegative(abstaining, "abstaining");
  }

  private static void nonNegative(int n, String field) {
    Check.argument(n >= 0, () -> "totals." + field + " must not be negative, was " + n);
  }
}
