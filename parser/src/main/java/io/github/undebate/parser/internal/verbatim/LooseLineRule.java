package io.github.undebate.parser.internal.verbatim;

/**
 * A line outside any turn (before the first label, after a note or a vote): kept until the next
 * block, then read as headings ({@link HeadingLines}).
 */
final class LooseLineRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    body.loose(body.line());
    body.next();
    return true;
  }
}
