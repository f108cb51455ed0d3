package io.github.undebate.formats.internal;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.formats.DebateFormatException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the native XML form {@code undebate/1} (see {@link XmlWriting}) into a {@link Debate},
 * element by element, checking every value so that a failure names its XPath.
 */
public final class XmlReading {
  private XmlReading() {}

  private static final List<String> DEBATE =
      List.of(
          "symbol",
          "body",
          "meetingNumber",
          "session",
          "date",
          "time",
          "title",
          "location",
          "president",
          "members",
          "agenda",
          "speakers",
          "proceedings",
          "diagnostics");
  private static final List<String> MEMBER = List.of("country", "representative");
  private static final List<String> SPEAKER =
      List.of("id", "name", "honorific", "country", "countryCode", "organization", "post", "raw");
  private static final List<String> PROCEEDING = List.of("statement", "vote", "note", "heading");
  private static final List<String> STATEMENT = List.of("speaker", "paragraph");
  private static final List<String> PARAGRAPH = List.of("text", "citation", "quotation");
  private static final List<String> CITATION = List.of("text", "target");
  private static final List<String> QUOTATION = List.of("speaker");
  private static final List<String> VOTE =
      List.of("draft", "inFavour", "against", "abstaining", "resolution");
  private static final List<String> DIAGNOSTIC = List.of("code", "message", "excerpt");

  /** Reads a whole document. */
  public static Debate debate(XMLStreamReader reader, int maxDepth, int maxStringLength) {
    XmlCursor x = new XmlCursor(reader, maxDepth, maxStringLength);
    try {
      return debate(x);
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new DebateFormatException(
          x.path(null), "not well-formed XML: " + message.replaceAll("\\s+", " "), e);
    }
  }

  private static Debate debate(XmlCursor x) throws XMLStreamException {
    x.enterRoot("debate");
    x.onlyAttributes(Set.of("schema", "kind", "provisional"));
    String schema = x.attribute("schema");
    if (!"undebate/1".equals(schema)) {
      throw x.fail("@schema", "unsupported schema \"" + schema + "\", expected \"undebate/1\"");
    }
    Debate.Builder b = Debate.builder();
    b.kind(enumOf(x.attribute("kind"), x, "@kind", RecordKind.class));
    String provisional = x.attribute("provisional");
    if (!provisional.equals("true") && !provisional.equals("false")) {
      throw x.fail("@provisional", "must be true or false, was \"" + provisional + "\"");
    }
    b.provisional(Boolean.parseBoolean(provisional));
    List<Member> members = new ArrayList<>();
    List<String> agenda = new ArrayList<>();
    List<Speaker> speakers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Proceeding> proceedings = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    String president = null;
    String presidentPath = null;
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(DEBATE);
      switch (name) {
        case "symbol":
          b.symbol(text(x));
          break;
        case "body":
          {
            String at = x.path(null);
            String value = text(x);
            b.body(ModelValues.enumAt(value, at, Body.class));
            break;
          }
        case "meetingNumber":
          {
            String at = x.path(null);
            String value = x.text();
            int n;
            try {
              n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new DebateFormatException(at, "must be an integer, was \"" + value + "\"");
            }
            if (n <= 0) {
              throw new DebateFormatException(at, "must be positive, was " + n);
            }
            b.meetingNumber(n);
            break;
          }
        case "session":
          b.session(text(x));
          break;
        case "date":
          {
            String at = x.path(null);
            String value = x.text();
            b.date(
                ModelValues.parse(
                    () -> LocalDate.parse(value), at, "an ISO date (2020-01-10)", value));
            break;
          }
        case "time":
          {
            String at = x.path(null);
            String value = x.text();
            b.time(
                ModelValues.parse(() -> LocalTime.parse(value), at, "an ISO time (10:05)", value));
            break;
          }
        case "title":
          b.title(text(x));
          break;
        case "location":
          b.location(text(x));
          break;
        case "president":
          presidentPath = x.path(null);
          president = text(x);
          break;
        case "members":
          for (String m; (m = x.nextChild()) != null; ) {
            x.enter(List.of("member"));
            members.add(member(x));
          }
          break;
        case "agenda":
          for (String m; (m = x.nextChild()) != null; ) {
            x.enter(List.of("item"));
            agenda.add(text(x));
          }
          break;
        case "speakers":
          for (String m; (m = x.nextChild()) != null; ) {
            x.enter(List.of("speaker"));
            String at = x.path(null);
            Speaker s = speaker(x);
            if (!ids.add(s.id())) {
              throw new DebateFormatException(
                  at + "/id", "speaker id \"" + s.id() + "\" repeats an earlier speaker's");
            }
            speakers.add(s);
          }
          break;
        case "proceedings":
          for (String m; (m = x.nextChild()) != null; ) {
            x.enterAnyOrder(PROCEEDING);
            proceedings.add(proceeding(x, m, ids));
          }
          break;
        case "diagnostics":
          for (String m; (m = x.nextChild()) != null; ) {
            x.enter(List.of("diagnostic"));
            diagnostics.add(diagnostic(x));
          }
          break;
        default:
          throw new IllegalStateException("unhandled element " + name);
      }
    }
    if (president != null && !ids.contains(president)) {
      throw new DebateFormatException(
          presidentPath, "\"" + president + "\" is not the id of one of the speakers");
    }
    b.presidentId(president);
    b.members(members).agenda(agenda).speakers(speakers).proceedings(proceedings);
    b.diagnostics(diagnostics);
    return ModelValues.build(b::build, "/debate");
  }

  private static Member member(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of());
    String country = null;
    String representative = null;
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(MEMBER);
      if (name.equals("country")) {
        country = text(x);
      } else {
        representative = text(x);
      }
    }
    String c = required(country, at, "country");
    String r = required(representative, at, "representative");
    return ModelValues.build(() -> new Member(c, r), at);
  }

  private static Speaker speaker(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("role"));
    SpeakerRole role = enumOf(x.attribute("role"), x, "@role", SpeakerRole.class);
    Speaker.Builder b = Speaker.builder(null).role(role);
    String id = null;
    String raw = null;
    String country = null;
    String code = null;
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(SPEAKER);
      switch (name) {
        case "id":
          id = text(x);
          break;
        case "name":
          b.name(text(x));
          break;
        case "honorific":
          b.honorific(text(x));
          break;
        case "country":
          country = text(x);
          break;
        case "countryCode":
          {
            String path = x.path(null);
            code = text(x);
            if (!code.matches("[A-Z]{2}")) {
              throw new DebateFormatException(
                  path, "must be an ISO 3166-1 alpha-2 code, was \"" + code + "\"");
            }
            break;
          }
        case "organization":
          b.organization(text(x));
          break;
        case "post":
          b.post(text(x));
          break;
        default:
          raw = x.text();
          break;
      }
    }
    b.id(required(id, at, "id"));
    b.raw(required(raw, at, "raw"));
    if (code != null && country == null) {
      throw new DebateFormatException(at + "/countryCode", "needs a country, which is missing");
    }
    b.country(country, code);
    return ModelValues.build(b::build, at);
  }

  private static Proceeding proceeding(XmlCursor x, String name, Set<String> ids)
      throws XMLStreamException {
    String at = x.path(null);
    switch (name) {
      case "statement":
        return statement(x, ids);
      case "vote":
        return vote(x);
      case "note":
        {
          x.onlyAttributes(Set.of());
          String text = text(x);
          return ModelValues.build(() -> new Note(text), at);
        }
      default:
        {
          x.onlyAttributes(Set.of());
          String text = text(x);
          return ModelValues.build(() -> new Heading(text), at);
        }
    }
  }

  private static Statement statement(XmlCursor x, Set<String> ids) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("language"));
    String language = x.optionalAttribute("language");
    if (language != null && !language.matches("[a-z]{2}")) {
      throw x.fail("@language", "must be an ISO 639-1 code, was \"" + language + "\"");
    }
    String speaker = null;
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(STATEMENT);
      if (name.equals("speaker")) {
        String path = x.path(null);
        speaker = text(x);
        if (!ids.contains(speaker)) {
          throw new DebateFormatException(
              path, "\"" + speaker + "\" is not the id of one of the speakers");
        }
      } else {
        paragraphs.add(paragraph(x));
      }
    }
    String s = required(speaker, at, "speaker");
    return ModelValues.build(() -> new Statement(s, Optional.ofNullable(language), paragraphs), at);
  }

  private static Paragraph paragraph(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("kind"));
    ParagraphKind kind = enumOf(x.attribute("kind"), x, "@kind", ParagraphKind.class);
    String text = null;
    List<Citation> citations = new ArrayList<>();
    List<Quotation> quotations = new ArrayList<>();
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(PARAGRAPH);
      switch (name) {
        case "text":
          text = text(x);
          break;
        case "citation":
          citations.add(citation(x, required(text, at, "text")));
          break;
        default:
          quotations.add(quotation(x, required(text, at, "text")));
          break;
      }
    }
    String t = required(text, at, "text");
    return ModelValues.build(() -> new Paragraph(kind, t, citations, quotations), at);
  }

  private static Citation citation(XmlCursor x, String paragraph) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("type", "start", "end"));
    CitationType type = enumOf(x.attribute("type"), x, "@type", CitationType.class);
    int start = x.intAttribute("start");
    int end = x.intAttribute("end");
    if (start < 0 || start > paragraph.length()) {
      throw x.fail(
          "@start",
          "must lie in the paragraph's text (0.." + paragraph.length() + "), was " + start);
    }
    if (end < start || end > paragraph.length()) {
      throw x.fail(
          "@end",
          "must lie between start "
              + start
              + " and the text's length "
              + paragraph.length()
              + ", was "
              + end);
    }
    String text = null;
    String target = null;
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(CITATION);
      if (name.equals("text")) {
        String path = x.path(null);
        text = text(x);
        String span = paragraph.substring(start, end);
        if (!span.equals(text)) {
          throw new DebateFormatException(
              path,
              "must equal the paragraph's text at "
                  + start
                  + ".."
                  + end
                  + " (\""
                  + span
                  + "\"), was \""
                  + text
                  + "\"");
        }
      } else {
        target = text(x);
      }
    }
    String t = required(text, at, "text");
    String g = required(target, at, "target");
    return ModelValues.build(() -> new Citation(type, t, start, end, g), at);
  }

  private static Quotation quotation(XmlCursor x, String paragraph) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("start", "end"));
    int start = x.intAttribute("start");
    int end = x.intAttribute("end");
    if (start < 0 || start >= paragraph.length()) {
      throw x.fail(
          "@start",
          "must lie in the paragraph's text (0.." + (paragraph.length() - 1) + "), was " + start);
    }
    if (end <= start || end > paragraph.length()) {
      throw x.fail(
          "@end",
          "must lie after start "
              + start
              + " and within the text's length "
              + paragraph.length()
              + ", was "
              + end);
    }
    String speaker = null;
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(QUOTATION);
      speaker = text(x);
    }
    Optional<String> s = Optional.ofNullable(speaker);
    return ModelValues.build(() -> new Quotation(start, end, s), at);
  }

  private static Vote vote(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("method", "outcome"));
    VoteMethod method = enumOf(x.attribute("method"), x, "@method", VoteMethod.class);
    VoteOutcome outcome = enumOf(x.attribute("outcome"), x, "@outcome", VoteOutcome.class);
    String draft = null;
    String resolution = null;
    List<String> inFavour = new ArrayList<>();
    List<String> against = new ArrayList<>();
    List<String> abstaining = new ArrayList<>();
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(VOTE);
      switch (name) {
        case "draft":
          draft = text(x);
          break;
        case "resolution":
          resolution = text(x);
          break;
        default:
          List<String> into =
              name.equals("inFavour") ? inFavour : name.equals("against") ? against : abstaining;
          for (String c; (c = x.nextChild()) != null; ) {
            x.enter(List.of("country"));
            into.add(text(x));
          }
          break;
      }
    }
    Optional<String> d = Optional.ofNullable(draft);
    Optional<String> r = Optional.ofNullable(resolution);
    return ModelValues.build(
        () -> new Vote(method, d, inFavour, against, abstaining, outcome, r), at);
  }

  private static Diagnostic diagnostic(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(Set.of("severity", "line"));
    Severity severity = enumOf(x.attribute("severity"), x, "@severity", Severity.class);
    int line = x.intAttribute("line");
    if (line < 0) {
      throw x.fail("@line", "must be >= 0, was " + line);
    }
    String code = null;
    String message = null;
    String excerpt = null;
    for (String name; (name = x.nextChild()) != null; ) {
      x.enter(DIAGNOSTIC);
      switch (name) {
        case "code":
          code = text(x);
          break;
        case "message":
          message = text(x);
          break;
        default:
          excerpt = x.text();
          break;
      }
    }
    String c = required(code, at, "code");
    String m = required(message, at, "message");
    String e = required(excerpt, at, "excerpt");
    return ModelValues.build(() -> new Diagnostic(severity, c, line, m, e), at);
  }

  // ---- values ----

  /** The text of the entered element, which must not be blank. */
  private static String text(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    String s = x.text();
    if (s.isBlank()) {
      throw new DebateFormatException(at, "must not be blank");
    }
    return s;
  }

  private static <T> T required(T value, String at, String element) {
    if (value == null) {
      throw new DebateFormatException(at + "/" + element, "is missing");
    }
    return value;
  }

  private static <E extends Enum<E>> E enumOf(
      String spelling, XmlCursor x, String tail, Class<E> type) {
    Optional<E> e = ModelValues.lookup(spelling, type);
    if (e.isEmpty()) {
      throw x.fail(tail, ModelValues.unknownValue(spelling, type));
    }
    return e.get();
  }
}
