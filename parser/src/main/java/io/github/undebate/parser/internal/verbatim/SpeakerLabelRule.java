package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * A speaker label ({@link SpeakerLabel}), perhaps over two or three lines: it ends the turn before
 * and opens the speaker's turn with what follows its colon. The label leaves the text (it becomes
 * the statement's speaker).
 */
final class SpeakerLabelRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    Optional<LabelLines.Found> found = body.labelAt(body.index());
    if (found.isEmpty()) {
      return false;
    }
    LabelLines.Found label = found.get();
    OpenTurn turn = body.openTurn(label.label());
    body.removed("speaker_label", body.line(), label.printed());
    if (label.label().numbered()) {
      body.numberedParagraphs();
    }
    if (!label.rest().isEmpty()) {
      turn.say(body.lines().get(label.lastLine()), label.rest(), false);
    }
    body.moveTo(label.lastLine() + 1);
    return true;
  }
}
