package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import java.util.List;
import java.util.Objects;

/**
 * What the body rules read a record's body into, in document order: speakers' turns, procedural
 * notes, headings and vote lists. {@link Assembly} makes the debate's proceedings of them.
 */
sealed interface Block {
  /** Calls the visitor's method for this kind of block. */
  void accept(Visitor visitor);

  /** Does something with each kind of block. */
  interface Visitor {
    /** A speaker's turn. */
    void turn(Turn turn);

    /** A procedural note. */
    void note(Note note);

    /** Headings printed between turns. */
    void headings(Headings headings);

    /** The country lists of a vote. */
    void votes(Votes votes);
  }

  /**
   * One speaker's turn.
   *
   * @param label the label that opened it (for a turn resumed after a gap, the last turn's)
   * @param opening the label's line, or the first line of a resumed turn
   * @param lines what the speaker said, line by line
   * @param languages the languages the speaker switched to within the turn ("(spoke in French)")
   * @param marked whether a note on a line of its own ("(Interpretation)") opened it as the
   *     interpreter's rendering of the turn before
   */
  record Turn(
      SpeakerLabel label, Line opening, List<Spoken> lines, List<String> languages, boolean marked)
      implements Block {
    /** Checks and copies the fields. */
    public Turn {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(opening, "opening");
      lines = List.copyOf(lines);
      languages = List.copyOf(languages);
    }

    /** A turn that no note marked as a rendering. */
    Turn(SpeakerLabel label, Line opening, List<Spoken> lines, List<String> languages) {
      this(label, opening, lines, languages, false);
    }

    @Override
    public void accept(Visitor visitor) {
      visitor.turn(this);
    }
  }

  /**
   * A line of a turn as the speaker said it.
   *
   * @param line the line it stands on
   * @param text what was said on it: the line's text, or the part after a label or a paragraph
   *     number, without language notes
   * @param indented whether it opens with an indentation (a paragraph's first line, in records that
   *     indent them)
   * @param breakBefore whether a paragraph surely starts here (a paragraph number, a blank line
   *     after a sentence)
   */
  record Spoken(Line line, String text, boolean indented, boolean breakBefore) {
    /** Checks the fields. */
    public Spoken {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(text, "text");
    }

    /** The same line with a paragraph surely starting at it. */
    Spoken withBreakBefore() {
      return new Spoken(line, text, indented, true);
    }
  }

  /**
   * A procedural note.
   *
   * @param kind what it is about
   * @param text the note, line wraps joined
   * @param line its first line
   */
  record Note(NoteKind kind, String text, Line line) implements Block {
    /** Checks the fields. */
    public Note {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(line, "line");
    }

    @Override
    public void accept(Visitor visitor) {
      visitor.note(this);
    }
  }

  /**
   * Headings printed together between turns (an agenda item and its title).
   *
   * @param items the headings, wraps joined, in order
   */
  record Headings(List<Heading> items) implements Block {
    /** Copies the items. */
    public Headings {
      items = List.copyOf(items);
    }

    @Override
    public void accept(Visitor visitor) {
      visitor.headings(this);
    }
  }

  /**
   * One heading.
   *
   * @param text the heading, wraps joined
   * @param line its first line
   */
  record Heading(String text, Line line) {
    /** Checks the fields. */
    public Heading {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(line, "line");
    }
  }

  /**
   * The country lists of a vote, as printed.
   *
   * @param lists the lists
   * @param line the line of "In favour:"
   */
  record Votes(VoteLists.Read lists, Line line) implements Block {
    /** Checks the fields. */
    public Votes {
      Objects.requireNonNull(lists, "lists");
      Objects.requireNonNull(line, "line");
    }

    @Override
    public void accept(Visitor visitor) {
      visitor.votes(this);
    }
  }
}
