package io.github.undebate.formats.internal;

import io.github.undebate.core.Vote;
import java.util.List;
import org.jsoup.nodes.Element;

/** A vote as a table: what was voted on and how it ended, then the States on each side. */
final class PageVotes {
  private PageVotes() {}

  static void vote(Element into, Vote v) {
    Element table = into.appendElement("table").addClass("vote");
    Element caption = table.appendElement("caption");
    caption.appendText("Vote on ");
    if (v.draft().isPresent()) {
      PageWriting.link(caption, v.draft().get());
    } else {
      caption.appendText("an oral proposal");
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
    Element head = table.appendElement("thead").appendElement("tr");
    side(head, "In favour", v.inFavour());
    side(head, "Against", v.against());
    side(head, "Abstaining", v.abstaining());
    Element row = table.appendElement("tbody").appendElement("tr");
    names(row, v.inFavour());
    names(row, v.against());
    names(row, v.abstaining());
  }

  private static void side(Element head, String name, List<String> listed) {
    head.appendElement("th").text(name + " (" + listed.size() + " listed)");
  }

  private static void names(Element row, List<String> names) {
    Element list = row.appendElement("td").appendElement("ul");
    for (String n : names) {
      list.appendElement("li").text(n);
    }
  }
}
