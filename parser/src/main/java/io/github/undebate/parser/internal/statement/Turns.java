package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the speech at speaker labels ({@link SpeakerLabel}) into turns; the label is removed from
 * its line. A speech with one label or none is one turn; more make a briefing ({@link Briefing}).
 */
final class Turns {
  private Turns() {}

  /**
   * A speaker's turn: his label as printed (if any), the line it stood on (0 for none) and his
   * lines.
   */
  record Turn(Optional<String> label, int labelLine, List<Line> lines) {}

  /** The turns of the speech, in order; never empty. */
  static List<Turn> of(List<Line> speech, List<Diagnostic> diags) {
    List<Turn> out = new ArrayList<>();
    // most speeches are one turn: its list is made to hold every line, so that it need not grow
    List<Line> current = new ArrayList<>(speech.size());
    Optional<String> label = Optional.empty();
    int labelLine = 0;
    boolean previousBreak = true;
    boolean currentHasText = false;
    for (Line line : speech) {
      if (!LineKind.isText(line)) {
        current.add(line);
        previousBreak = true;
        continue;
      }
      // a label opens a line after a break, or the very first line of words
      Optional<SpeakerLabel> found =
          previousBreak || out.isEmpty() && !currentHasText
              ? SpeakerLabel.at(line.text())
              : Optional.empty();
      previousBreak = false;
      if (found.isEmpty()) {
        current.add(line);
        currentHasText = true;
        continue;
      }
      diags.add(Removals.removed("speaker_label", line.number(), found.get().printed(line.text())));
      if (currentHasText || label.isPresent()) {
        out.add(new Turn(label, labelLine, current));
      } else if (!current.isEmpty()) {
        // blank lines before the first label belong to nobody
        current.clear();
      }
      current = new ArrayList<>();
      label = Optional.of(found.get().label());
      labelLine = line.number();
      String rest = found.get().rest(line.text());
      currentHasText = !rest.isEmpty();
      if (!rest.isEmpty()) {
        current.add(line.withText(rest));
      }
    }
    out.add(new Turn(label, labelLine, current));
    return out;
  }
}
