package io.github.undebate.core;

/** How a vote was taken. */
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
  OTHER
}
