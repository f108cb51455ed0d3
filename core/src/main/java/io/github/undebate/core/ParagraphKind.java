package io.github.undebate.core;

/** What a paragraph of a statement does. */
public enum ParagraphKind {
  /** A vocative formula such as "Mr. President," alone in its paragraph. */
  SALUTATION,

  /** The substance of the statement. */
  BODY,

  /** The closing formula, such as "Thank you for your attention." */
  CLOSING,

  /** A quotation of a third person set off as its own paragraph. */
  QUOTE
}
