package io.github.undebate.parser.internal.verbatim;

/**
 * A note on a line of its own that the interpreter's rendering of the speech follows
 * ("(Interpretation)", "(Traduction)"): the note leaves the text, and what follows is read as a
 * turn of the same speaker marked as a rendering, which {@link Interpretations} then judges.
 */
final class InterpretationRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    if (!body.inTurn() || !InterpretationNotes.wholeLine(body.text())) {
      return false;
    }
    body.removed("interpretation_note", body.line(), body.text());
    body.openRendering();
    body.next();
    return true;
  }
}
