package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * A language note on a line of its own, "(spoke in French)": the turn goes on in that language, and
 * the note leaves the text.
 */
final class LanguageNoteRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    Optional<String> language = LanguageNotes.wholeLine(body.text());
    if (language.isEmpty()) {
      return false;
    }
    body.removed("language_note", body.line(), body.text());
    if (body.inTurn()) {
      body.turn().switchedTo(language.get());
    }
    body.next();
    return true;
  }
}
