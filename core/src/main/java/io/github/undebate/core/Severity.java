package io.github.undebate.core;

/** How much a diagnostic matters. */
public enum Severity {
  /**
   * Something the parser did that the user may want to know, such as text it removed as page noise.
   */
  INFO,

  /**
   * Something that may have gone wrong, such as a vote count that does not match the totals
   * announced.
   */
  WARNING,

  /** Something that went wrong, such as text that could not be read at all. */
  ERROR
}
