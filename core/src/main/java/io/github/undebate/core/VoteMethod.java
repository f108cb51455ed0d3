package io.github.undebate.core;

/** How a vote was taken, or that a decision was taken without one. */
public enum VoteMethod {
  /** By a show of hands, as in the Security Council. */
  SHOW_OF_HANDS,

  /** A recorded vote, as in the General Assembly. */
  RECORDED,

  /** By roll call. */
  ROLL_CALL,

  /** By secret ballot. */
  SECRET_BALLOT,

  /** Any other way, or the text does not say. */
  OTHER,

  /**
   * No vote was taken: a draft, amendment or motion adopted without a vote or by consensus, or a
   * decision the record numbers ("It was so decided (decision 76/423)."). The vote's country lists
   * are then empty and it has no totals. Added after the first release, so last.
   */
  WITHOUT_VOTE
}
