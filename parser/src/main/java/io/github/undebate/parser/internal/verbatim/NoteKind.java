package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.ResourceTable;
import java.util.Locale;

/** What a procedural note of a verbatim record is about, as {@code notes.tsv} names it. */
enum NoteKind {
  /** The meeting is called to order, suspended, resumed or rises. */
  MEETING,
  /** The agenda is adopted. */
  AGENDA,
  /** A vote is taken ("A recorded vote was taken."): the method of the vote lists after it. */
  VOTE,
  /** A draft, amendment or paragraph is adopted or rejected; "It was so decided." */
  DECISION,
  /** A minute of silence. */
  SILENCE,
  /** Someone takes the Chair: the acting President from here on. */
  CHAIR,
  /** Speakers take seats at the invitation of the President. */
  INVITATION,
  /** A note in square brackets. */
  BRACKET;

  /** The kind a row of {@code notes.tsv} names by its code ({@code chair}). */
  static NoteKind of(ResourceTable.Row row) {
    for (NoteKind k : values()) {
      if (k.name().toLowerCase(Locale.ROOT).equals(row.cell(0))) {
        return k;
      }
    }
    throw row.malformed("unknown note kind \"" + row.cell(0) + "\"");
  }
}
