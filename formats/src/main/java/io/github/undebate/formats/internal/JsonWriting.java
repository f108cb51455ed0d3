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
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Streams the model into the JSON contract {@code undebate/1}. The key order follows the contract
 * document so that output reads the same as its example.
 */
public final class JsonWriting {
  private JsonWriting() {}

  /**
   * The constants of each enum that the formats spell, with their spellings in the same order:
   * worked out once per enum rather than once per value written or read.
   */
  private static final ClassValue<Spellings> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected Spellings computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return new Spellings(constants, names);
        }
      };

  /** An enum's constants and their spellings, by ordinal; never changed once made. */
  private static final class Spellings {
    private final Object[] constants;
    private final String[] names;

    Spellings(Object[] constants, String[] names) {
      this.constants = constants;
      this.names = names;
    }
  }

  /** The lower_snake_case spelling of an enum constant, as the contract writes it. */
  public static String name(Enum<?> value) {
    return SPELLINGS.get(value.getDeclaringClass()).names[value.ordinal()];
  }

  /** The constant of {@code type} spelt so, or {@code null}. */
  static <E extends Enum<E>> E spelt(String spelling, Class<E> type) {
    Spellings s = SPELLINGS.get(type);
    for (int i = 0; i < s.names.length; i++) {
      if (s.names[i].equals(spelling)) {
        return type.cast(s.constants[i]);
      }
    }
    return null;
  }

  /**
   * About how many characters the debate's JSON takes, so that a buffer for it can be made once:
   * the text the model holds plus an allowance per object for its keys, quotes and (when {@code
   * pretty}) indentation. Only a hint: a buffer that is too small grows.
   */
  public static int lengthHint(Debate d, boolean pretty) {
    long text = 0;
    long objects = 4 + d.members().size() + d.agenda().size();
    for (Speaker s : d.speakers()) {
      text += s.raw().length() + s.id().length() + 2 * s.name().map(String::length).orElse(0);
      objects += 8;
    }
    for (Proceeding p : d.proceedings()) {
      objects += 2;
      if (p instanceof Statement s) {
        for (Paragraph para : s.paragraphs()) {
          text += para.text().length();
          objects += 2 + 4 * para.citations().size() + 2 * para.quotations().size();
          for (Citation c : para.citations()) {
            text += c.text().length() + c.target().length();
          }
        }
      } else if (p instanceof Vote v) {
        objects += 6 + v.inFavour().size() + v.against().size() + v.abstaining().size();
      } else if (p instanceof Note n) {
        text += n.text().length();
      } else if (p instanceof Heading h) {
        text += h.text().length();
      }
    }
    for (Diagnostic x : d.diagnostics()) {
      text += x.code().length() + x.message().length() + x.excerpt().length();
      objects += 4;
    }
    // Aimed an eighth over, so that the buffer rarely has to grow (measured on the corpus:
    // the hint before this slack is within 0.98-1.08 of the real length).
    long hint = (text + text / 32 + objects * (pretty ? 40 : 24)) * 9 / 8;
    return (int) Math.min(hint, Integer.MAX_VALUE - 16);
  }

  /** Writes one debate as a whole JSON document. */
  public static void debate(JsonGenerator g, Debate d) {
    g.writeStartObject();
    g.writeStringProperty("schema", "undebate/1");
    g.writeStringProperty("kind", name(d.kind()));
    string(g, "symbol", d.symbol());
    string(g, "body", d.body().map(JsonWriting::name));
    if (d.meetingNumber().isPresent()) {
      g.writeNumberProperty("meetingNumber", d.meetingNumber().getAsInt());
    } else {
      g.writeNullProperty("meetingNumber");
    }
    string(g, "date", d.date().map(Object::toString));
    string(g, "title", d.title());
    string(g, "location", d.location());
    string(g, "president", d.presidentId());
    string(g, "session", d.session());
    string(g, "time", d.time().map(Object::toString));
    g.writeBooleanProperty("provisional", d.provisional());
    g.writeArrayPropertyStart("members");
    for (Member m : d.members()) {
      g.writeStartObject();
      g.writeStringProperty("country", m.country());
      g.writeStringProperty("representative", m.representative());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "agenda", d.agenda());
    g.writeArrayPropertyStart("speakers");
    for (Speaker s : d.speakers()) {
      speaker(g, s);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("proceedings");
    for (Proceeding p : d.proceedings()) {
      proceeding(g, p);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("diagnostics");
    for (Diagnostic x : d.diagnostics()) {
      g.writeStartObject();
      g.writeStringProperty("severity", name(x.severity()));
      g.writeStringProperty("code", x.code());
      g.writeNumberProperty("line", x.line());
      g.writeStringProperty("message", x.message());
      g.writeStringProperty("excerpt", x.excerpt());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void speaker(JsonGenerator g, Speaker s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id());
    string(g, "name", s.name());
    string(g, "honorific", s.honorific());
    string(g, "country", s.country());
    string(g, "countryCode", s.countryCode());
    string(g, "organization", s.organization());
    g.writeStringProperty("role", name(s.role()));
    string(g, "post", s.post());
    g.writeStringProperty("raw", s.raw());
    g.writeEndObject();
  }

  private static void proceeding(JsonGenerator g, Proceeding p) {
    g.writeStartObject();
    if (p instanceof Statement s) {
      g.writeStringProperty("type", "statement");
      g.writeStringProperty("speaker", s.speakerId());
      string(g, "language", s.language());
      g.writeArrayPropertyStart("paragraphs");
      for (Paragraph para : s.paragraphs()) {
        paragraph(g, para);
      }
      g.writeEndArray();
    } else if (p instanceof Vote v) {
      g.writeStringProperty("type", "vote");
      g.writeStringProperty("method", name(v.method()));
      string(g, "draft", v.draft());
      strings(g, "inFavour", v.inFavour());
      strings(g, "against", v.against());
      strings(g, "abstaining", v.abstaining());
      g.writeStringProperty("outcome", name(v.outcome()));
      string(g, "resolution", v.resolution());
    } else if (p instanceof Note n) {
      g.writeStringProperty("type", "note");
      g.writeStringProperty("text", n.text());
    } else if (p instanceof Heading h) {
      g.writeStringProperty("type", "heading");
      g.writeStringProperty("text", h.text());
    }
    g.writeEndObject();
  }

  private static void paragraph(JsonGenerator g, Paragraph p) {
    g.writeStartObject();
    g.writeStringProperty("kind", name(p.kind()));
    g.writeStringProperty("text", p.text());
    g.writeArrayPropertyStart("citations");
    for (Citation c : p.citations()) {
      g.writeStartObject();
      g.writeStringProperty("type", name(c.type()));
      g.writeStringProperty("text", c.text());
      g.writeNumberProperty("start", c.start());
      g.writeNumberProperty("end", c.end());
      g.writeStringProperty("target", c.target());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("quotations");
    for (Quotation q : p.quotations()) {
      g.writeStartObject();
      g.writeNumberProperty("start", q.start());
      g.writeNumberProperty("end", q.end());
      string(g, "speaker", q.speaker());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String key, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(key, value.get());
    } else {
      g.writeNullProperty(key);
    }
  }

  private static void strings(JsonGenerator g, String key, List<String> values) {
    g.writeArrayPropertyStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
