package io.github.undebate.core;

/** The capacity in which someone speaks. */
public enum SpeakerRole {
  /** The presiding officer of the meeting. */
  PRESIDENT,

  /** A representative of a State or of an organisation that is a member or observer. */
  REPRESENTATIVE,

  /** An official of the UN Secretariat: the Secretary-General, an envoy, a department head. */
  SECRETARIAT,

  /** An invited briefer or any other speaker who is neither presiding nor representing a member. */
  GUEST,

  /** The text does not say. */
  UNKNOWN
}
