package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.Line;
import java.util.List;

/**
 * The country lists of a vote, from "In favour:" on: they end the turn and stand as a vote; the
 * list heads and commas leave the text, the names go into the vote.
 */
final class VoteListRule implements BodyRule {
  @Override
  public boolean read(BodyState body) {
    if (!VoteLists.starts(body.text())) {
      return false;
    }
    List<Line> lines = body.lines();
    VoteLists.Read read =
        VoteLists.read(
            lines, body.index(), k -> body.labelAt(k).isPresent() || body.noteAt(k).isPresent());
    body.add(new Block.Votes(read, body.line()));
    for (int k : read.used()) {
      body.removed("vote_list", lines.get(k), lines.get(k).text());
    }
    for (VoteLists.Furniture f : read.furniture()) {
      body.diagnose(
          new Diagnostic(
              Severity.INFO,
              "vote.page_furniture",
              lines.get(f.index()).number(),
              "page furniture among the names of a vote list, not read as a name",
              f.text()));
    }
    body.moveTo(
        read.used().isEmpty() ? body.index() + 1 : read.used().get(read.used().size() - 1) + 1);
    return true;
  }
}
