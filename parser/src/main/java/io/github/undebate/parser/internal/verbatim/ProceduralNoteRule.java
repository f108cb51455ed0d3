package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * A procedural note of {@code notes.tsv} ("The meeting was called to order at 10.05 a.m.", "A
 * recorded vote was taken."): it ends the turn and stands as a note.
 */
final class ProceduralNoteRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    Optional<ProceduralNotes.Found> note = body.noteAt(body.index());
    if (note.isEmpty()) {
      return false;
    }
    body.add(new Block.Note(note.get().kind(), note.get().text(), body.line()));
    body.movePast(note.get().lines());
    return true;
  }
}
