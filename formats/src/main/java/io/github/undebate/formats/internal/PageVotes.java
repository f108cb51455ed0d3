package io.github.undebate.formats.internal;

import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteTotals;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A vote as a table: what was voted on and how it ended, then the States on each side with the
 * totals the record prints. A decision taken without a vote is the caption alone.
 */
final class PageVotes {
  private PageVotes() {}

  static void vote(Element into, Vote v) {
    Element table = into.appendElement("table").addClass("vote");
    Element caption = table.appendElement("caption");
    boolean withoutVote = v.method() == VoteMethod.WITHOUT_VOTE;
    caption.appendText(withoutVote ? "Decision" : "Vote");
    if (v.draft().isPresent()) {
      caption.appendText(" on ");
      PageWriting.link(caption, v.draft().get());
    } else if (!withoutVote) {
      caption.appendText(" on an oral proposal");
    }
    caption.appendText(
        ": "
            + JsonWriting.name(v.outcome()).replace('_', ' ')
            + " ("
            + JsonWriting.name(v.method()).replace('_', ' ')
            + ")");
    if (v.resolution().isPresent()) {
      caption.appendText(", resolution ");
      PageWriting.link(caption, v.resolution().get());
    }
    if (withoutVote) {
      return;
    }
    Optional<VoteTotals> totals = v.totals();
    Element head = table.appendElement("thead").appendElement("tr");
    side(head, "In favour", totals.map(VoteTotals::inFavour), v.inFavour());
    side(head, "Against", totals.map(VoteTotals::against), v.against());
    side(head, "Abstaining", totals.map(VoteTotals::abstaining), v.abstaining());
    Element row = table.appendElement("tbody").appendElement("tr");
    names(row, v.inFavour());
    names(row, v.against());
    names(row, v.abstaining());
  }

  private static void side(
      Element head, String name, Optional<Integer> printed, List<String> listed) {
    String total = printed.map(n -> ": " + n).orElse("");
    head.appendElement("th").text(name + total + " (" + listed.size() + " listed)");
  }

  private static void names(Element row, List<String> names) {
    Element list = row.appendElement("td").appendElement("ul");
    for (String n : names) {
      list.appendElement("li").text(n);
    }
  }
}
