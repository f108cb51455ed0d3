package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.SentenceEnds;
import java.util.Optional;

/**
 * A line of speech in the open turn. Where the extractor printed paragraphs apart, a blank line
 * after a finished sentence starts a paragraph.
 */
final class SpeechLineRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    Optional<OpenTurn> turn = body.turn();
    if (turn.isEmpty()) {
      return false;
    }
    Optional<Block.Spoken> last = turn.get().last();
    boolean blankBefore =
        last.isPresent()
            && body.onlyBlankBetween(last.get().line(), body.line())
            && SentenceEnds.endsSentenceOrQuote(last.get().text());
    turn.get().say(body.line(), body.text(), body.line().isIndented());
    if (blankBefore) {
      turn.get().breakBeforeLast();
    }
    body.next();
    return true;
  }
}
