package io.github.undebate.core;

/** The UN organ in which a debate took place. */
public enum Body {
  /** The Security Council. */
  SECURITY_COUNCIL,

  /** The General Assembly, its plenary and Main Committees. */
  GENERAL_ASSEMBLY,

  /** The Economic and Social Council. */
  ECONOMIC_AND_SOCIAL_COUNCIL,

  /** The Human Rights Council. */
  HUMAN_RIGHTS_COUNCIL,

  /** Any other organ or forum. */
  OTHER
}
