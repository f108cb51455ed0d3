package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * A procedural note of {@code notes.tsv} ("The meeting was called to order at 10.05 a.m.", "A
 * recorded vote was taken."): it ends the turn and stands as a note. A line that a speaker label
 * opens is a turn's, even when a note's pattern would take it with the lines after ("The President:
 * I thank him." and "Mrs Asmady (Indonesia), Vice-President, took the Chair.").
 */
final class ProceduralNoteRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    Optional<ProceduralNotes.Found> note = body.noteAt(body.index());
    if (note.isEmpty() || body.labelAt(body.index()).isPresent()) {
      return false;
    }
    body.add(new Block.Note(note.get().kind(), note.get().text(), body.line()));
    body.movePast(note.get().lines());
    return true;
  }
}
