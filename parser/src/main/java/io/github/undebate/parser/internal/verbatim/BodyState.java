package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One read of a record's body, as the body rules see it: the current line, the turn being read, the
 * lines read while no turn was open, the blocks so far and the diagnostics. A rule reads what
 * starts at the current line and moves past it ({@link #next}, {@link #moveTo}).
 */
final class BodyState {
  /** The most lines a heading printed between turns may take; more are a turn resumed. */
  private static final int MAX_HEADING_LINES = 12;

  private final List<Line> lines;
  private final List<Diagnostic> diagnostics;
  private final List<Block> blocks = new ArrayList<>();
  private final LabelLines labels;

  /** Whether a speaker label starts at a line: one predicate for the body, not one per line. */
  private final IntPredicate opensTurn = k -> labelAt(k).isPresent();

  private final HeadingLines headings;
  private final ProceduralNotes.Finder notes = new ProceduralNotes.Finder();
  private final List<Line> loose = new ArrayList<>();
  private int index;
  private OpenTurn turn;

  /** The lines of the turn being read: one list for all turns, each closed before the next. */
  private final List<Block.Spoken> spoken = new ArrayList<>();

  private boolean numbered;
  private Block.Turn lastTurn;

  /** The labels read so far by line ({@link #labelAt}); null until asked. */
  private Optional<?>[] labelsRead;

  // the note found at noteIndex, as two rules ask about the same line in turn
  private int noteIndex = -1;
  private Optional<ProceduralNotes.Found> note = Optional.empty();

  BodyState(
      List<Line> lines,
      int start,
      LabelLines labels,
      HeadingLines headings,
      List<Diagnostic> diagnostics) {
    this.lines = lines;
    this.index = start;
    this.labels = labels;
    this.headings = headings;
    this.diagnostics = diagnostics;
  }

  /** All lines of the record. */
  List<Line> lines() {
    return lines;
  }

  /** The index of the current line. */
  int index() {
    return index;
  }

  /** The current line. */
  Line line() {
    return lines.get(index);
  }

  /** The current line's compared text. */
  String text() {
    return lines.get(index).text();
  }

  /** Whether the read has gone past the last line. */
  boolean done() {
    return index >= lines.size();
  }

  /** Moves to the next line. */
  void next() {
    index++;
  }

  /** Moves to the line at {@code index}. */
  void moveTo(int index) {
    this.index = index;
  }

  /** Moves past {@code count} printed lines from the current one, page noise between them too. */
  void movePast(int count) {
    int seen = 0;
    int j = index;
    while (j < lines.size() && seen < count) {
      if (!lines.get(j).isNoise() && !lines.get(j).isEmpty()) {
        seen++;
      }
      j++;
    }
    index = j;
  }

  /** Whether a turn is open. */
  boolean inTurn() {
    return turn != null;
  }

  /**
   * The turn being read.
   *
   * @throws IllegalStateException when no turn is open ({@link #inTurn})
   */
  OpenTurn turn() {
    if (turn == null) {
      throw new IllegalStateException("no turn is open at line " + line().number());
    }
    return turn;
  }

  /** Closes the turn and the lines read outside one, then opens a turn at the current line. */
  OpenTurn openTurn(SpeakerLabel label) {
    close();
    turn = new OpenTurn(label, line(), false, spoken);
    return turn;
  }

  /**
   * Closes the turn and opens one of the same speaker at the current line, marked as the
   * interpreter's rendering of the turn before ("(Interpretation)").
   *
   * @throws IllegalStateException when no turn is open ({@link #inTurn})
   */
  OpenTurn openRendering() {
    SpeakerLabel label = turn().label();
    close();
    turn = new OpenTurn(label, line(), true, spoken);
    return turn;
  }

  /** Whether the record numbers its paragraphs ("12. The PRESIDENT: ..."), as a label showed. */
  boolean numbered() {
    return numbered;
  }

  /** Notes that the record numbers its paragraphs. */
  void numberedParagraphs() {
    numbered = true;
  }

  /** Keeps a line read while no turn is open: a heading, or a turn resumed after a long gap. */
  void loose(Line line) {
    loose.add(line);
  }

  /** Closes the turn and the loose lines, then adds the block. */
  void add(Block block) {
    close();
    blocks.add(block);
  }

  /** A diagnostic for text that leaves the body ({@code removed.<what>}). */
  void removed(String what, Line line, String text) {
    diagnostics.add(Removals.removed(what, line.number(), text));
  }

  /** Adds a diagnostic about the body. */
  void diagnose(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** The procedural note that starts at line {@code i}. */
  Optional<ProceduralNotes.Found> noteAt(int i) {
    if (i != noteIndex) {
      noteIndex = i;
      note = notes.at(lines, i, opensTurn);
    }
    return note;
  }

  /**
   * The speaker label that starts at line {@code i}. Asked of each line by several rules, and of
   * the lines after it while a note is looked for: read once per line, as the lines no longer
   * change while the body is read.
   */
  @SuppressWarnings("unchecked") // the array holds only what labels.at returned
  Optional<LabelLines.Found> labelAt(int i) {
    if (labelsRead == null) {
      labelsRead = new Optional<?>[lines.size()];
    }
    Optional<?> known = labelsRead[i];
    if (known == null) {
      known = labels.at(i);
      labelsRead[i] = known;
    }
    return (Optional<LabelLines.Found>) known;
  }

  /** Whether lines a and b are apart, and only by empty lines that are no page break. */
  boolean onlyBlankBetween(Line a, Line b) {
    int from = a.number();
    int to = b.number() - 1;
    if (to - from < 1) {
      return false;
    }
    for (int j = from; j < to; j++) {
      Line between = lines.get(j);
      if (between.isNoise() || !between.isEmpty() || between.pageBreak()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Ends the turn being read: the language notes cut out of it leave with a diagnostic, a heading
   * printed at its end (lines without closing punctuation after a finished sentence) leaves it, and
   * the notes that followed it come after it. Lines read while no turn was open become headings, or
   * a resumed turn of the last speaker when there are too many for a heading.
   */
  void close() {
    if (turn != null) {
      for (OpenTurn.CutNote cut : turn.cutNotes()) {
        removed("language_note", cut.line(), cut.text());
      }
      List<Line> heading = turn.cutTrailingHeading();
      lastTurn = turn.toBlock();
      blocks.add(lastTurn);
      blocks.addAll(turn.following());
      if (!heading.isEmpty()) {
        blocks.add(headings.read(heading));
      }
      turn = null;
    }
    if (!loose.isEmpty()) {
      if (loose.size() <= MAX_HEADING_LINES || lastTurn == null) {
        blocks.add(headings.read(loose));
      } else {
        OpenTurn resumed = new OpenTurn(lastTurn.label(), loose.get(0), false, spoken);
        for (Line line : loose) {
          resumed.say(line, line.text(), line.isIndented());
        }
        for (OpenTurn.CutNote cut : resumed.cutNotes()) {
          removed("language_note", cut.line(), cut.text());
        }
        lastTurn = resumed.toBlock();
        blocks.add(lastTurn);
      }
      loose.clear();
    }
  }

  /** The blocks read, once the last turn is closed. */
  List<Block> blocks() {
    close();
    return blocks;
  }
}
