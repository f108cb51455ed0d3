package io.github.undebate.formats.internal;

import io.github.undebate.core.Citation;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Quotation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * A paragraph's text as page content: each citation a link to its document (or a marked span when
 * it names none), each quoted passage marked, all as DOM nodes so that jsoup escapes every
 * character. The text is cut at every citation's and quotation's edges; a piece inside a citation
 * and a quotation is both, so overlapping spans need no nesting rule.
 */
final class PageText {
  private PageText() {}

  /** Appends the paragraph's text, with its citations and quotations marked, to {@code into}. */
  static void append(Element into, Paragraph paragraph) {
    String text = paragraph.text();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Citation c : paragraph.citations()) {
      cuts.add(c.start());
      cuts.add(c.end());
    }
    for (Quotation q : paragraph.quotations()) {
      cuts.add(q.start());
      cuts.add(q.end());
    }
    // Both lists are in text order, so one pass over the pieces finds what covers each.
    int ci = 0;
    int qi = 0;
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      List<Citation> cs = paragraph.citations();
      List<Quotation> qs = paragraph.quotations();
      while (ci < cs.size() && cs.get(ci).end() <= from) {
        ci++;
      }
      while (qi < qs.size() && qs.get(qi).end() <= from) {
        qi++;
      }
      Element at = into;
      if (qi < qs.size() && qs.get(qi).start() <= from) {
        Quotation q = qs.get(qi);
        at = at.appendElement("span").addClass("quoted");
        if (q.speaker().isPresent()) {
          at.attr("title", "quoting " + q.speaker().get());
        }
      }
      if (ci < cs.size() && cs.get(ci).start() <= from) {
        at = citation(at, cs.get(ci));
      }
      at.appendText(text.substring(from, to));
    }
  }

  /** A link to the cited document, or a marked span when the citation names no document. */
  static Element citation(Element into, Citation c) {
    Optional<String> href = PageLinks.of(c.type(), c.target());
    Element e = into.appendElement(href.isPresent() ? "a" : "span");
    href.ifPresent(h -> e.attr("href", h));
    return e.addClass("citation")
        .addClass(JsonWriting.name(c.type()).replace('_', '-'))
        .attr("title", c.target());
  }
}
