package io.github.undebate.core;

/** What a citation refers to. */
public enum CitationType {
  /** A resolution cited by number, such as "resolution 2231 (2015)". */
  RESOLUTION,

  /** A UN document symbol that is not a resolution or a meeting record, such as "S/2020/24". */
  DOCUMENT,

  /** An Article of the Charter of the United Nations. */
  CHARTER_ARTICLE,

  /** A Chapter of the Charter of the United Nations. */
  CHARTER_CHAPTER,

  /** A numbered rule of the provisional rules of procedure. */
  RULE,

  /** A dated letter, report, agreement, declaration or other instrument. */
  INSTRUMENT,

  /** The record of a meeting, such as "S/PV.8697". */
  MEETING
}
