package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The heading block the rules look at: one run of text lines, or several when a rule claims the
 * runs after it (a quoted title cut by a blank line, a byline printed over short lines). The
 * heading rules read it and say what it is; {@link HeadingReader} moves it on.
 */
final class HeadingCursor {
  private final List<Line> lines;
  private final List<LineRun> runs;
  private int run = -1; // the last run the block takes
  private int from;
  private int to;
  private final List<String> texts = new ArrayList<>();
  private String text;

  HeadingCursor(List<Line> lines, List<LineRun> runs) {
    this.lines = lines;
    this.runs = runs;
  }

  /** Moves to the run after the current block; false when there is none. */
  boolean advance() {
    if (!hasNext()) {
      return false;
    }
    run++;
    LineRun r = runs.get(run);
    from = r.from();
    to = r.to();
    texts.clear();
    addTexts(r);
    text = r.text(lines);
    return true;
  }

  /** Whether a run follows the block. */
  boolean hasNext() {
    return run + 1 < runs.size();
  }

  /** The run after the block; only when {@link #hasNext}. */
  LineRun next() {
    return runs.get(run + 1);
  }

  /** The text of the run after the block; only when {@link #hasNext}. */
  String nextText() {
    return next().text(lines);
  }

  /** Takes the next run into the block, with the blank lines or breaks before it. */
  void claimNext() {
    LineRun r = next();
    run++;
    to = r.to();
    addTexts(r);
    text = text + " " + r.text(lines);
  }

  private void addTexts(LineRun r) {
    for (int i = r.from(); i < r.to(); i++) {
      texts.add(lines.get(i).text());
    }
  }

  /** The block's text lines joined by single spaces. */
  String text() {
    return text;
  }

  /** The block's text lines, as printed lines. */
  List<String> texts() {
    return List.copyOf(texts);
  }

  /** How many text lines the block has. */
  int textLines() {
    return texts.size();
  }

  /** The block's lines, from its first text line to its last, breaks between runs included. */
  List<Line> lines() {
    return List.copyOf(lines.subList(from, to));
  }
}
