package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Builds the page of one record as a jsoup DOM: the header, the speakers with the evidence for
 * their fields, the proceedings in order (each statement marked by its speaker, citations as links,
 * votes as tables) and every diagnostic that concerns a line of the input where that line was
 * ({@link PagePlacement}). Every string of the model enters the DOM as a text node or an attribute
 * value, which jsoup escapes when it writes the page.
 */
public final class PageWriting {
  private PageWriting() {}

  /** The page's own style: the page needs no other file. */
  private static final String STYLE =
      String.join(
          "\n",
          "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;"
              + "padding:0 1rem;color:#222}",
          "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;border-bottom:1px solid #ccc;"
              + "margin-top:2rem}",
          "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}",
          "dl.facts dt{color:#666}dl.facts dd{margin:0}",
          "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;"
              + "padding:.2rem .5rem;vertical-align:top;text-align:left}",
          "th{background:#f4f4f4}.evidence{font-size:.85rem;color:#555;margin:0;padding-left:1rem}",
          "article.turn{border-left:4px solid #4a7ab5;padding:.1rem .8rem;margin:1rem 0}",
          ".turn-speaker{font-weight:600}.turn-speaker .lang{font-weight:400;color:#666;"
              + "font-size:.85rem}",
          "p.salutation,p.closing{color:#555}p.quote{margin-left:2rem;font-style:italic}",
          "div.interpretation{color:#555;border-top:1px dashed #ccc}"
              + ".interpretation-note{font-size:.85rem;font-style:italic}",
          ".quoted{background:#f3eefc}a.citation,span.citation{background:#e6f0fa;"
              + "border-radius:3px;padding:0 2px}",
          "p.note{font-style:italic;color:#555}h3.heading{font-size:1rem;text-transform:none}",
          ".diagnostic{font-size:.85rem;margin:.25rem 0;padding:.15rem .5rem;"
              + "border-left:3px solid #bbb;background:#fafafa}",
          ".diagnostic del,.diagnostic mark,.diagnostic q{white-space:pre-wrap}",
          "p.placement{font-size:.85rem;color:#666;margin:.25rem 0}",
          ".diagnostic.warning{border-color:#d9a400;background:#fff8e1}",
          ".diagnostic.error{border-color:#c62828;background:#fdecea}",
          ".diagnostic .where{color:#777;margin-right:.5rem}",
          ".diagnostic del{color:#a33}.diagnostic mark{background:#fff1a8}",
          "table.vote caption{text-align:left;font-weight:600}",
          "table.vote ul{margin:0;padding-left:1rem}");

  /** The page of the debate. */
  public static Document page(Debate debate) {
    Document doc = Document.createShell("");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.outputSettings().charset("UTF-8").prettyPrint(true);
    doc.selectFirst("html").attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "undebate");
    head.appendElement("title").text(title(debate));
    head.appendElement("style").appendChild(new DataNode(STYLE));

    Element body = doc.body();
    header(body.appendElement("header").addClass("record"), debate);
    PageEvidence evidence = new PageEvidence(debate.diagnostics());
    speakers(body.appendElement("section").id("speakers"), debate, evidence);
    proceedings(body.appendElement("section").id("proceedings"), debate);
    allowedCharacters(doc);
    body.appendElement("footer")
        .addClass("generator")
        .text(
            "Written by undebate from the parsed record: "
                + debate.proceedings().size()
                + " proceedings, "
                + debate.diagnostics().size()
                + " diagnostics.");
    return doc;
  }

  /**
   * Shows U+0000, U+FFFE and U+FFFF, which an HTML page may not hold (and which HTML parsers take
   * for the end of input), as U+FFFD in every text and attribute.
   */
  private static void allowedCharacters(Document doc) {
    doc.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && disallowed(t.getWholeText())) {
            t.text(replaced(t.getWholeText()));
          } else if (node instanceof Element e) {
            for (Attribute a : e.attributes()) {
              if (disallowed(a.getValue())) {
                a.setValue(replaced(a.getValue()));
              }
            }
          }
        });
  }

  private static boolean disallowed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0' || c == '\uFFFE' || c == '\uFFFF') {
        return true;
      }
    }
    return false;
  }

  private static String replaced(String s) {
    return s.replace('\0', '\uFFFD').replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
  }

  private static String title(Debate d) {
    return d.title().or(d::symbol).orElse("Record")
        + d.symbol().map(s -> " (" + s + ")").orElse("");
  }

  private static void header(Element header, Debate d) {
    header.appendElement("h1").text(d.title().or(d::symbol).orElse("Record"));
    Element facts = header.appendElement("dl").addClass("facts");
    fact(facts, "Kind", Optional.of(JsonWriting.name(d.kind()).replace('_', ' ')));
    if (d.symbol().isPresent()) {
      facts.appendElement("dt").text("Symbol");
      link(facts.appendElement("dd"), d.symbol().get());
    }
    fact(facts, "Organ", d.body().map(b -> JsonWriting.name(b).replace('_', ' ')));
    fact(
        facts,
        "Meeting",
        d.meetingNumber().isPresent()
            ? Optional.of(String.valueOf(d.meetingNumber().getAsInt()))
            : Optional.empty());
    fact(facts, "Session", d.session());
    fact(facts, "Date", d.date().map(Object::toString));
    fact(facts, "Time", d.time().map(Object::toString));
    fact(facts, "Location", d.location());
    if (d.provisional()) {
      fact(facts, "Provisional", Optional.of("yes"));
    }
    if (!d.agenda().isEmpty()) {
      header.appendElement("h2").text("Agenda");
      Element list = header.appendElement("ol").addClass("agenda");
      for (String item : d.agenda()) {
        list.appendElement("li").text(item);
      }
    }
    if (!d.members().isEmpty()) {
      header.appendElement("h2").text("Members");
      Element table = header.appendElement("table").addClass("members");
      Element row = table.appendElement("thead").appendElement("tr");
      row.appendElement("th").text("Member");
      row.appendElement("th").text("Representative");
      Element rows = table.appendElement("tbody");
      for (Member m : d.members()) {
        Element r = rows.appendElement("tr");
        r.appendElement("td").text(m.country());
        r.appendElement("td").text(m.representative());
      }
    }
    Element notes = null;
    for (Diagnostic diag : d.diagnostics()) {
      if (diag.line() == 0 && !PageEvidence.isEvidence(diag)) {
        if (notes == null) {
          header.appendElement("h2").text("What the parser says of the whole record");
          notes = header.appendElement("div").addClass("record-diagnostics");
        }
        diagnostic(notes, diag);
      }
    }
  }

  private static void fact(Element facts, String name, Optional<String> value) {
    if (value.isPresent()) {
      facts.appendElement("dt").text(name);
      facts.appendElement("dd").text(value.get());
    }
  }

  private static void speakers(Element section, Debate d, PageEvidence evidence) {
    section.appendElement("h2").text("Speakers");
    Element table = section.appendElement("table").addClass("speakers");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h : List.of("Id", "Speaker", "State or organisation", "Role", "Post", "Evidence")) {
      head.appendElement("th").text(h);
    }
    Element rows = table.appendElement("tbody");
    for (Speaker s : d.speakers()) {
      Element r = rows.appendElement("tr").id(s.id());
      r.appendElement("td").text(s.id());
      Element who = r.appendElement("td").addClass("name");
      who.text(display(s));
      if (!s.raw().isEmpty()) {
        who.attr("title", "as printed: " + s.raw());
      }
      String where =
          s.country()
              .map(c -> c + s.countryCode().map(k -> " (" + k + ")").orElse(""))
              .or(s::organization)
              .orElse("");
      r.appendElement("td").addClass("state").text(where);
      r.appendElement("td").text(JsonWriting.name(s.role()));
      r.appendElement("td").text(s.post().orElse(""));
      Element list = r.appendElement("td").appendElement("ul").addClass("evidence");
      for (List<PageEvidence.Found> same : PageEvidence.bySource(evidence.of(s))) {
        PageEvidence.Found f = same.get(0);
        List<String> fields = new ArrayList<>();
        for (PageEvidence.Found each : same) {
          fields.add(each.field());
        }
        Element li = list.appendElement("li").attr("data-fields", String.join(" ", fields));
        li.appendElement("b").text(String.join(", ", fields));
        li.appendText(" from " + f.from());
        if (!f.diagnostic().excerpt().isEmpty()) {
          li.appendText(": \u201c" + f.diagnostic().excerpt() + "\u201d");
        }
        if (f.diagnostic().line() > 0) {
          li.appendText(" (line " + f.diagnostic().line() + ")");
        }
      }
    }
  }

  private static String display(Speaker s) {
    if (s.name().isPresent()) {
      return s.honorific().map(h -> h + " ").orElse("") + s.name().get();
    }
    return s.raw().isEmpty() ? s.id() : s.raw();
  }

  private static void proceedings(Element section, Debate d) {
    section.appendElement("h2").text("Proceedings");
    Map<String, Speaker> speakers = new HashMap<>();
    for (Speaker s : d.speakers()) {
      speakers.put(s.id(), s);
    }
    PagePlacement placement = new PagePlacement(d);
    List<Proceeding> all = d.proceedings();
    for (int i = 0; i < all.size(); i++) {
      List<Diagnostic> before = placement.before(i);
      if (i == 0 && !before.isEmpty() && !placement.marked()) {
        section
            .appendElement("p")
            .addClass("placement")
            .text(
                "Removed or doubted text, in line order. No speaker label marks where the"
                    + " statements' own lines began, so all of it is listed here, before the text.");
      }
      for (Diagnostic diag : before) {
        diagnostic(section, diag);
      }
      Proceeding p = all.get(i);
      Element at = section;
      int index = i;
      p.accept(
          new Proceeding.Visitor<Void>() {
            @Override
            public Void visitStatement(Statement s) {
              turn(at, s, speakers.get(s.speakerId()), placement.label(index), index);
              return null;
            }

            @Override
            public Void visitVote(Vote v) {
              PageVotes.vote(at, v);
              return null;
            }

            @Override
            public Void visitNote(Note n) {
              at.appendElement("p").addClass("note").text(n.text());
              return null;
            }

            @Override
            public Void visitHeading(Heading h) {
              at.appendElement("h3").addClass("heading").text(h.text());
              return null;
            }
          });
    }
    for (Diagnostic diag : placement.rest()) {
      diagnostic(section, diag);
    }
  }

  private static void turn(Element into, Statement st, Speaker s, Diagnostic label, int index) {
    Element turn = into.appendElement("article").addClass("turn").id("p" + (index + 1));
    turn.attr("data-speaker", s.id());
    Element who = turn.appendElement("div").addClass("turn-speaker");
    who.appendElement("a").attr("href", "#" + s.id()).text(display(s));
    String where = s.country().or(s::organization).orElse("");
    if (!where.isEmpty()) {
      who.appendText(" (" + where + ")");
    }
    st.language()
        .ifPresent(l -> who.appendText(" ").appendElement("span").addClass("lang").text(l));
    if (label != null) {
      diagnostic(turn, label);
    }
    for (Paragraph p : st.paragraphs()) {
      PageText.append(
          turn.appendElement("p").addClass("paragraph").addClass(JsonWriting.name(p.kind())), p);
    }
    for (Interpretation in : st.interpretations()) {
      Element block =
          turn.appendElement("div").addClass("interpretation").attr("lang", in.language());
      block
          .appendElement("div")
          .addClass("interpretation-note")
          .text("Interpretation (" + in.language() + ")");
      for (Paragraph p : in.paragraphs()) {
        PageText.append(
            block.appendElement("p").addClass("paragraph").addClass(JsonWriting.name(p.kind())), p);
      }
    }
  }

  /** A diagnostic where it applies: what was removed struck through, what is doubted marked. */
  static void diagnostic(Element into, Diagnostic d) {
    boolean removed = d.code().startsWith("removed.");
    Element box =
        into.appendElement("div")
            .addClass("diagnostic")
            .addClass(removed ? "removed" : "doubt")
            .addClass(d.severity().name().toLowerCase(java.util.Locale.ROOT))
            .attr("data-code", d.code())
            .attr("data-line", String.valueOf(d.line()));
    String where = d.line() > 0 ? "line " + d.line() + " \u00b7 " : "";
    box.appendElement("span").addClass("where").text(where + d.code());
    if (removed) {
      if (!d.excerpt().isEmpty()) {
        box.appendElement("del").text(d.excerpt());
      }
      return;
    }
    box.appendElement("span").addClass("message").text(d.message());
    if (!d.excerpt().isEmpty()) {
      box.appendText(" ");
      box.appendElement(d.severity() == Severity.INFO ? "q" : "mark").text(d.excerpt());
    }
  }

  /** Links a document symbol to its address, or writes it as text when it is not a symbol. */
  static void link(Element into, String symbol) {
    Optional<String> href = PageLinks.symbol(symbol);
    if (href.isPresent()) {
      into.appendElement("a").attr("href", href.get()).text(symbol);
    } else {
      into.appendText(symbol);
    }
  }
}
