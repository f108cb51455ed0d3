package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Proceeding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the diagnostics that concern a line of the input (text removed, text doubted) where that
 * line was among the proceedings. The model keeps no line numbers, but in a record whose every
 * statement began with a speaker label the parser removed, the labels' lines mark where each
 * statement began: a diagnostic goes just before the first statement that begins after its line.
 * Without such marks (a single statement from a website), the diagnostics come before the text, in
 * line order. Diagnostics of line 0 and speaker evidence are the header's, not placed here.
 */
final class PagePlacement {
  /** The code of the removal that marks where a statement began. */
  static final String LABEL = "removed.speaker_label";

  private final List<Diagnostic> placed;
  private final int[] startLine;
  private final Diagnostic[] label;
  private final boolean marked;
  private int next;

  PagePlacement(Debate debate) {
    List<Diagnostic> lined = new ArrayList<>();
    List<Diagnostic> labels = new ArrayList<>();
    for (Diagnostic d : debate.diagnostics()) {
      if (d.line() == 0 || PageEvidence.isEvidence(d)) {
        continue;
      }
      if (d.code().equals(LABEL)) {
        labels.add(d);
      } else {
        lined.add(d);
      }
    }
    lined.sort(Comparator.comparingInt(Diagnostic::line));
    labels.sort(Comparator.comparingInt(Diagnostic::line));
    List<Proceeding> proceedings = debate.proceedings();
    this.startLine = new int[proceedings.size()];
    this.label = new Diagnostic[proceedings.size()];
    int statements = debate.statements().size();
    this.marked = statements > 0 && labels.size() == statements;
    int s = 0;
    for (int i = 0; i < proceedings.size(); i++) {
      if (marked && proceedings.get(i).asStatement().isPresent()) {
        label[i] = labels.get(s++);
        startLine[i] = label[i].line();
      }
    }
    if (!marked) {
      // Labels that do not match the statements one to one are shown like any removal.
      lined.addAll(labels);
      lined.sort(Comparator.comparingInt(Diagnostic::line));
    }
    this.placed = lined;
  }

  /**
   * The diagnostics to show just before proceeding {@code index}, in line order: those whose line
   * lies before the line where it began, when that is known.
   */
  List<Diagnostic> before(int index) {
    List<Diagnostic> out = new ArrayList<>();
    if (!marked) {
      // Nothing marks where the text began: everything is shown before it.
      return index == 0 ? rest() : out;
    }
    if (label[index] == null) {
      return out;
    }
    while (next < placed.size() && placed.get(next).line() < startLine[index]) {
      out.add(placed.get(next++));
    }
    return out;
  }

  /** Whether speaker labels mark where each statement began. */
  boolean marked() {
    return marked;
  }

  /** The removed speaker label that began proceeding {@code index}, or {@code null}. */
  Diagnostic label(int index) {
    return label[index];
  }

  /** The diagnostics not shown yet: those after the last marked statement began. */
  List<Diagnostic> rest() {
    List<Diagnostic> out = new ArrayList<>(placed.subList(next, placed.size()));
    next = placed.size();
    return out;
  }
}
