package io.github.undebate.core;

/** What a record's bytes were found to be, from their content (never from a file name). */
public enum SourceFormat {
  /** Plain text (also Markdown, or text extracted from a PDF by another tool). */
  TEXT,

  /** An HTML page. */
  HTML,

  /** A PDF, whose text layer was read. */
  PDF
}
