package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.SentenceEnds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The turn the body rules are reading: the lines said so far, the languages the speaker switched
 * to, the language notes cut out of its lines and the notes that follow it (someone took the Chair
 * while the speaker went on). {@link BodyState} closes it into a {@link Block.Turn}.
 */
final class OpenTurn {
  /** The most lines a heading printed at the end of a turn, right before a label, may take. */
  private static final int MAX_HEADING_LINES = 24;

  /**
   * A language note cut out of a line of the turn.
   *
   * @param line the line it stood on
   * @param text the note as printed
   */
  record CutNote(Line line, String text) {}

  private final SpeakerLabel label;
  private final Line opening;
  private final List<Block.Spoken> spoken;
  private final List<String> languages = new ArrayList<>();
  private final List<CutNote> cutNotes = new ArrayList<>();
  private final List<Block.Note> following = new ArrayList<>();
  private final boolean marked;

  OpenTurn(SpeakerLabel label, Line opening) {
    this(label, opening, false);
  }

  /**
   * A turn; {@code marked} when a note said that it renders the turn before in another language.
   */
  OpenTurn(SpeakerLabel label, Line opening, boolean marked) {
    this(label, opening, marked, new ArrayList<>());
  }

  /**
   * A turn whose lines are gathered in {@code buffer}, emptied now: a reader that closes each turn
   * ({@link #toBlock}, which copies them) before it opens the next lends all its turns one list,
   * rather than a list growing anew for each (issue 14).
   */
  OpenTurn(SpeakerLabel label, Line opening, boolean marked, List<Block.Spoken> buffer) {
    this.label = label;
    this.opening = opening;
    this.marked = marked;
    buffer.clear();
    this.spoken = buffer;
  }

  SpeakerLabel label() {
    return label;
  }

  /** Adds what was said on a line, without the language notes in it; nothing when that is all. */
  void say(Line line, String text, boolean indented) {
    String said = text.strip();
    Optional<LanguageNotes.Cut> cut = LanguageNotes.inline(text);
    if (cut.isPresent()) {
      for (String note : cut.get().notes()) {
        cutNotes.add(new CutNote(line, note));
      }
      languages.addAll(cut.get().languages());
      said = cut.get().rest();
    }
    if (!said.isEmpty()) {
      spoken.add(new Block.Spoken(line, said, indented, false));
    }
  }

  /** Marks that a paragraph surely starts at the last line said. */
  void breakBeforeLast() {
    if (!spoken.isEmpty()) {
      int last = spoken.size() - 1;
      spoken.set(last, spoken.get(last).withBreakBefore());
    }
  }

  /** Whether the speaker said anything yet. */
  boolean saidAnything() {
    return !spoken.isEmpty();
  }

  /**
   * The last line said.
   *
   * @throws IllegalStateException when nothing was said yet ({@link #saidAnything})
   */
  Block.Spoken last() {
    if (spoken.isEmpty()) {
      throw new IllegalStateException("nothing was said yet");
    }
    return spoken.get(spoken.size() - 1);
  }

  /** Notes that the speaker switched to a language ("(spoke in French)" on a line of its own). */
  void switchedTo(String language) {
    languages.add(language);
  }

  /** Adds a note that follows the turn, which goes on. */
  void follow(Block.Note note) {
    following.add(note);
  }

  /** The language notes cut out of the turn's lines, in order. */
  List<CutNote> cutNotes() {
    return cutNotes;
  }

  /** The notes that follow the turn, in order. */
  List<Block.Note> following() {
    return following;
  }

  /**
   * Removes and returns the lines at the end of the turn that are a heading, not speech: lines
   * without closing punctuation after a finished sentence, shaped as a heading ({@link
   * HeadingShape}).
   */
  List<Line> cutTrailingHeading() {
    int n = spoken.size();
    int k = n;
    while (k > 0
        && !SentenceEnds.endsSentenceOrQuote(spoken.get(k - 1).text())
        && n - k < MAX_HEADING_LINES) {
      k--;
    }
    if (k == n || k == 0 || !SentenceEnds.endsSentenceOrQuote(spoken.get(k - 1).text())) {
      return List.of();
    }
    String first = spoken.get(k).text();
    char c = first.charAt(0);
    if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '(')) {
      return List.of();
    }
    List<Block.Spoken> tail = spoken.subList(k, n);
    if (!HeadingShape.canBeHeading(
        String.join(" ", tail.stream().map(Block.Spoken::text).toList()))) {
      return List.of();
    }
    List<Line> heading = new ArrayList<>();
    for (Block.Spoken s : tail) {
      heading.add(s.line());
    }
    tail.clear();
    return heading;
  }

  /** The turn as a block. */
  Block.Turn toBlock() {
    return new Block.Turn(label, opening, spoken, languages, marked);
  }
}
