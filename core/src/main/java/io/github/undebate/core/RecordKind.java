package io.github.undebate.core;

/** The kind of record a text is. */
public enum RecordKind {
  /** A whole meeting as the UN's verbatim record prints it (S/PV.8700, A/76/PV.3). */
  VERBATIM_RECORD,

  /** One speaker's statement, as a mission website or a delegation published it. */
  STATEMENT,

  /** A press release or news item that reports a statement. */
  PRESS_RELEASE,

  /** Anything else, including text that could not be read. */
  OTHER
}
