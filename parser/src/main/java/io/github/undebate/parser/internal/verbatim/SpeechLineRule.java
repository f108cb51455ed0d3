package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.SentenceEnds;

/**
 * A line of speech in the open turn. Where the extractor printed paragraphs apart, a blank line
 * after a finished sentence starts a paragraph.
 */
final class SpeechLineRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    if (!body.inTurn()) {
      return false;
    }
    OpenTurn turn = body.turn();
    boolean blankBefore =
        turn.saidAnything()
            && body.onlyBlankBetween(turn.last().line(), body.line())
            && SentenceEnds.endsSentenceOrQuote(turn.last().text());
    turn.say(body.line(), body.text(), body.line().isIndented());
    if (blankBefore) {
      turn.breakBeforeLast();
    }
    body.next();
    return true;
  }
}
