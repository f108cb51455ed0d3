package io.github.undebate.core;

/** The result of a vote. */
public enum VoteOutcome {
  /** The draft was adopted. */
  ADOPTED,

  /** The draft was not adopted (rejected, or vetoed by a permanent member). */
  NOT_ADOPTED
}
