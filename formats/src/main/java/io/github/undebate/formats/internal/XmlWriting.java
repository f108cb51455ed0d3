package io.github.undebate.formats.internal;

import io.github.undebate.core.Citation;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams the model into the native XML form {@code undebate/1}, whose schema is {@code
 * undebate-1.xsd}. Element and attribute names are the JSON contract's keys; enum values are
 * spelled as in JSON. Every string of the model is element content (attribute values would lose
 * tabs and line breaks to attribute normalisation); attributes hold only enums, numbers and flags.
 */
public final class XmlWriting {
  private XmlWriting() {}

  /** The namespace of the native XML form. */
  public static final String NAMESPACE = "https://github.com/undebate/undebate/ns/undebate-1";

  /** Writes one debate as a whole XML document. */
  public static void debate(XMLStreamWriter w, Debate d, boolean pretty) throws XMLStreamException {
    XmlOutput out = new XmlOutput(w, pretty, true);
    w.writeStartDocument("UTF-8", "1.0");
    w.setDefaultNamespace(NAMESPACE);
    out.start("debate");
    w.writeDefaultNamespace(NAMESPACE);
    out.attribute("schema", "undebate/1");
    out.attribute("kind", JsonWriting.name(d.kind()));
    out.attribute("provisional", Boolean.toString(d.provisional()));
    optional(out, "symbol", d.symbol());
    optional(out, "body", d.body().map(JsonWriting::name));
    if (d.meetingNumber().isPresent()) {
      out.leaf("meetingNumber", Integer.toString(d.meetingNumber().getAsInt()));
    }
    optional(out, "session", d.session());
    optional(out, "date", d.date().map(Object::toString));
    optional(out, "time", d.time().map(Object::toString));
    optional(out, "title", d.title());
    optional(out, "location", d.location());
    optional(out, "president", d.presidentId());
    if (d.members().isEmpty()) {
      out.emptyElement("members");
    } else {
      out.start("members");
      for (Member m : d.members()) {
        out.start("member");
        out.leaf("country", m.country());
        out.leaf("representative", m.representative());
        out.end();
      }
      out.end();
    }
    list(out, "agenda", "item", d.agenda());
    if (d.speakers().isEmpty()) {
      out.emptyElement("speakers");
    } else {
      out.start("speakers");
      for (Speaker s : d.speakers()) {
        speaker(out, s);
      }
      out.end();
    }
    if (d.proceedings().isEmpty()) {
      out.emptyElement("proceedings");
    } else {
      out.start("proceedings");
      for (Proceeding p : d.proceedings()) {
        proceeding(out, p);
      }
      out.end();
    }
    if (d.diagnostics().isEmpty()) {
      out.emptyElement("diagnostics");
    } else {
      out.start("diagnostics");
      for (Diagnostic x : d.diagnostics()) {
        out.start("diagnostic");
        out.attribute("severity", JsonWriting.name(x.severity()));
        out.attribute("line", Integer.toString(x.line()));
        out.leaf("code", x.code());
        out.leaf("message", x.message());
        out.leaf("excerpt", x.excerpt());
        out.end();
      }
      out.end();
    }
    out.end();
    if (pretty) {
      w.writeCharacters("\n");
    }
    w.writeEndDocument();
  }

  private static void speaker(XmlOutput out, Speaker s) throws XMLStreamException {
    out.start("speaker");
    out.attribute("role", JsonWriting.name(s.role()));
    out.leaf("id", s.id());
    optional(out, "name", s.name());
    optional(out, "honorific", s.honorific());
    optional(out, "country", s.country());
    optional(out, "countryCode", s.countryCode());
    optional(out, "organization", s.organization());
    optional(out, "post", s.post());
    out.leaf("raw", s.raw());
    out.end();
  }

  private static void proceeding(XmlOutput out, Proceeding p) throws XMLStreamException {
    if (p instanceof Statement s) {
      out.start("statement");
      if (s.language().isPresent()) {
        out.attribute("language", s.language().get());
      }
      out.leaf("speaker", s.speakerId());
      for (Paragraph para : s.paragraphs()) {
        paragraph(out, para);
      }
      out.end();
    } else if (p instanceof Vote v) {
      out.start("vote");
      out.attribute("method", JsonWriting.name(v.method()));
      out.attribute("outcome", JsonWriting.name(v.outcome()));
      optional(out, "draft", v.draft());
      list(out, "inFavour", "country", v.inFavour());
      list(out, "against", "country", v.against());
      list(out, "abstaining", "country", v.abstaining());
      optional(out, "resolution", v.resolution());
      out.end();
    } else if (p instanceof Note n) {
      out.leaf("note", n.text());
    } else if (p instanceof Heading h) {
      out.leaf("heading", h.text());
    }
  }

  private static void paragraph(XmlOutput out, Paragraph p) throws XMLStreamException {
    out.start("paragraph");
    out.attribute("kind", JsonWriting.name(p.kind()));
    out.leaf("text", p.text());
    for (Citation c : p.citations()) {
      out.start("citation");
      out.attribute("type", JsonWriting.name(c.type()));
      out.attribute("start", Integer.toString(c.start()));
      out.attribute("end", Integer.toString(c.end()));
      out.leaf("text", c.text());
      out.leaf("target", c.target());
      out.end();
    }
    for (Quotation q : p.quotations()) {
      out.start("quotation");
      out.attribute("start", Integer.toString(q.start()));
      out.attribute("end", Integer.toString(q.end()));
      optional(out, "speaker", q.speaker());
      out.end();
    }
    out.end();
  }

  private static void optional(XmlOutput out, String name, Optional<String> value)
      throws XMLStreamException {
    if (value.isPresent()) {
      out.leaf(name, value.get());
    }
  }

  private static void list(XmlOutput out, String name, String item, List<String> values)
      throws XMLStreamException {
    if (values.isEmpty()) {
      out.emptyElement(name);
      return;
    }
    out.start(name);
    for (String v : values) {
      out.leaf(item, v);
    }
    out.end();
  }
}
