package io.github.undebate.parser.internal.verbatim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph number in a record that numbers its paragraphs ("12. I have requested ..."), as the
 * records of the 1940s to 1960s do: the number starts a paragraph of the turn and leaves the text.
 */
final class ParagraphNumberRule implements BodyRule {
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("(\\d{1,3}\\.)\\s+(?=[\\p{Lu}“\"(])");

  @Override
  public boolean read(BodyState body) {
    if (!body.inTurn() || !body.numbered()) {
      return false;
    }
    Matcher m = PARAGRAPH_NUMBER.matcher(body.text());
    if (!m.lookingAt()) {
      return false;
    }
    body.removed("paragraph_number", body.line(), m.group(1));
    OpenTurn turn = body.turn();
    turn.say(body.line(), body.text().substring(m.end()), true);
    turn.breakBeforeLast();
    body.next();
    return true;
  }
}
