package io.github.undebate.parser.internal.verbatim;

/**
 * One rule of a verbatim record's body: one kind of line it knows (a speaker label, a procedural
 * note, a vote list, a language note ...). {@link BodyReader} tries the rules in order on each
 * printed line, the way commonmark-java tries its block starts; the first rule that reads the line
 * wins.
 */
interface BodyRule {
  /**
   * Reads what starts at the body's current line and moves past it; or returns false and changes
   * nothing, for the next rule to try.
   */
  boolean read(BodyState body);
}
