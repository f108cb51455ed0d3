package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * Someone takes the Chair while a speaker goes on ("Mr. Wali (Nigeria), Vice-President, took the
 * Chair."): the note follows the turn, whose speech stays one statement.
 */
final class ChairTakenRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    if (!body.inTurn()) {
      return false;
    }
    Optional<ProceduralNotes.Found> note = body.noteAt(body.index());
    if (note.isEmpty()
        || note.get().kind() != NoteKind.CHAIR
        || body.labelAt(body.index()).isPresent()) {
      return false;
    }
    body.turn().follow(new Block.Note(note.get().kind(), note.get().text(), body.line()));
    body.movePast(note.get().lines());
    return true;
  }
}
