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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.util.ClassUtil;

/**
 * Reads a JSON document in the contract {@code undebate/1} from Jackson's token stream straight
 * into a {@link Debate}, in one pass, checking every value so that a failure names the JSONPath of
 * the offending value.
 *
 * <p>Keys of the contract must be present (with {@code null} where a value is absent); the keys
 * this project added to the contract ({@code session}, {@code time}, {@code provisional}, {@code
 * members}, {@code agenda}, {@code quotations}, {@code diagnostics}) may be missing, which reads as
 * absent or empty. Unknown keys are ignored, since the contract allows fields to be added; their
 * values are still read (as a tree), so the parser's limits apply to them as to everything else.
 *
 * <p>Each object is read whole before its values are checked, in a fixed order of keys that does
 * not depend on the document's; a failing element of an array is kept until its array's turn, and
 * the rest of the array is still read. So a document with several faults reports the same one
 * whatever the order of its keys, a document that is not well-formed JSON always reports that
 * first, and a statement may name a speaker whom the document lists after it. A value of an
 * unexpected type is read as a {@link JsonNode}, only to describe it in the message.
 */
public final class JsonReading {
  private JsonReading() {}

  /** The message Jackson's own {@code FAIL_ON_TRAILING_TOKENS} gives, so that both read alike. */
  private static final String TRAILING_TOKEN =
      "Trailing token (`JsonToken.%s`) found after value (bound as %s): not allowed as per"
          + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`";

  /**
   * Reads a whole document from a parser that has not yet read a token, up to the document's end.
   *
   * @throws DebateFormatException if the document is empty or not a valid debate
   * @throws tools.jackson.core.JacksonException if it is not well-formed JSON, has content after
   *     the debate, or breaches one of the parser's limits
   * @throws DuplicateKey if a key repeats in an object and the parser did not report it first (it
   *     does with {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}); a caller that reads
   *     without that feature, because it costs, reads again with it for the exact failure
   */
  public static Debate debate(JsonParser p) {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new DebateFormatException(DebateFormatException.ROOT, "the document is empty");
    }
    if (first != JsonToken.START_OBJECT) {
      JsonNode root = node(p);
      endOfDocument(p);
      throw wrongType(root, At.ROOT, null, "an object");
    }
    DebateFields fields = debateFields(p);
    endOfDocument(p);
    return debate(fields);
  }

  private static void endOfDocument(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t != null) {
      throw MismatchedInputException.from(
          p, JsonNode.class, TRAILING_TOKEN.formatted(t, ClassUtil.nameOf(JsonNode.class)));
    }
  }

  // ---- the debate ----

  /** The values of the root object, as read. */
  private static final class DebateFields {
    Object schema;
    Object kind;
    Object symbol;
    Object body;
    Object meetingNumber;
    Object date;
    Object title;
    Object location;
    Object president;
    Object session;
    Object time;
    Object provisional;
    Items<Member> members;
    Items<String> agenda;
    Items<Speaker> speakers;
    Items<ProceedingFields> proceedings;
    Items<Diagnostic> diagnostics;

    /** The ids of the speakers read so far. */
    final Set<String> ids = new HashSet<>();
  }

  private static DebateFields debateFields(JsonParser p) {
    DebateFields f = new DebateFields();
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "schema" -> f.schema = once(f.schema, stringOrNode(p));
        case "kind" -> f.kind = once(f.kind, stringOrNode(p));
        case "symbol" -> f.symbol = once(f.symbol, stringOrNode(p));
        case "body" -> f.body = once(f.body, stringOrNode(p));
        case "meetingNumber" -> f.meetingNumber = once(f.meetingNumber, intOrNode(p));
        case "date" -> f.date = once(f.date, stringOrNode(p));
        case "title" -> f.title = once(f.title, stringOrNode(p));
        case "location" -> f.location = once(f.location, stringOrNode(p));
        case "president" -> f.president = once(f.president, stringOrNode(p));
        case "session" -> f.session = once(f.session, stringOrNode(p));
        case "time" -> f.time = once(f.time, stringOrNode(p));
        case "provisional" -> f.provisional = once(f.provisional, booleanOrNode(p));
        case "members" -> f.members = once(f.members, items(p, At.ROOT, key, JsonReading::member));
        case "agenda" ->
            f.agenda = items(p, At.ROOT, key, (q, at) -> text(stringOrNode(q), at, null));
        case "speakers" ->
            f.speakers =
                once(
                    f.speakers,
                    items(
                        p,
                        At.ROOT,
                        key,
                        (q, at) -> {
                          Speaker s = speaker(q, at);
                          if (!f.ids.add(s.id())) {
                            throw new DebateFormatException(
                                at.key("id"),
                                "speaker id \"" + s.id() + "\" repeats an earlier speaker's");
                          }
                          return s;
                        }));
        case "proceedings" ->
            f.proceedings =
                once(f.proceedings, items(p, At.ROOT, key, JsonReading::proceedingFields));
        case "diagnostics" ->
            f.diagnostics = once(f.diagnostics, items(p, At.ROOT, key, JsonReading::diagnostic));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    return f;
  }

  private static Debate debate(DebateFields f) {
    At at = At.ROOT;
    String schema = requiredText(f.schema, at, "schema");
    if (!"undebate/1".equals(schema)) {
      throw new DebateFormatException(
          at.key("schema"), "unsupported schema \"" + schema + "\", expected \"undebate/1\"");
    }
    Debate.Builder b = Debate.builder();
    b.kind(enumValue(f.kind, at, "kind", RecordKind.class));
    b.symbol(optionalText(f.symbol, at, "symbol", true));
    String body = optionalText(f.body, at, "body", true);
    b.body(body == null ? null : constant(body, at, "body", Body.class));
    Object number = required(f.meetingNumber, at, "meetingNumber");
    if (!isNull(number)) {
      int n = integer(number, at, "meetingNumber");
      if (n <= 0) {
        throw new DebateFormatException(at.key("meetingNumber"), "must be positive, was " + n);
      }
      b.meetingNumber(n);
    }
    String date = optionalText(f.date, at, "date", true);
    if (date != null) {
      b.date(
          ModelValues.parse(
              () -> LocalDate.parse(date), at.key("date"), "an ISO date (2020-01-10)", date));
    }
    b.title(optionalText(f.title, at, "title", true));
    b.location(optionalText(f.location, at, "location", true));
    String president = optionalText(f.president, at, "president", true);
    b.session(optionalText(f.session, at, "session", false));
    String time = optionalText(f.time, at, "time", false);
    if (time != null) {
      b.time(
          ModelValues.parse(
              () -> LocalTime.parse(time), at.key("time"), "an ISO time (10:05)", time));
    }
    if (f.provisional != null) {
      if (!(f.provisional instanceof Boolean provisional)) {
        throw wrongType(f.provisional, at, "provisional", "a boolean");
      }
      b.provisional(provisional);
    }
    b.members(elements(f.members, at, "members", false));
    b.agenda(elements(f.agenda, at, "agenda", false));
    b.speakers(elements(f.speakers, at, "speakers", true));
    if (president != null && !f.ids.contains(president)) {
      throw new DebateFormatException(
          at.key("president"), "\"" + president + "\" is not the id of one of the speakers");
    }
    b.presidentId(president);
    List<ProceedingFields> read = elements(f.proceedings, at, "proceedings", true);
    List<Proceeding> proceedings = new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      proceedings.add(proceeding(read.get(i), f.ids));
    }
    b.proceedings(proceedings);
    b.diagnostics(elements(f.diagnostics, at, "diagnostics", false));
    return ModelValues.build(b::build, at);
  }

  private static Member member(JsonParser p, At at) {
    object(p, at);
    Object country = null;
    Object representative = null;
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "country" -> country = once(country, stringOrNode(p));
        case "representative" -> representative = once(representative, stringOrNode(p));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    String c = requiredText(country, at, "country");
    String r = requiredText(representative, at, "representative");
    return ModelValues.build(() -> new Member(c, r), at);
  }

  private static Speaker speaker(JsonParser p, At at) {
    object(p, at);
    Object id = null;
    Object name = null;
    Object honorific = null;
    Object country = null;
    Object countryCode = null;
    Object organization = null;
    Object role = null;
    Object post = null;
    Object raw = null;
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "id" -> id = once(id, stringOrNode(p));
        case "name" -> name = once(name, stringOrNode(p));
        case "honorific" -> honorific = once(honorific, stringOrNode(p));
        case "country" -> country = once(country, stringOrNode(p));
        case "countryCode" -> countryCode = once(countryCode, stringOrNode(p));
        case "organization" -> organization = once(organization, stringOrNode(p));
        case "role" -> role = once(role, stringOrNode(p));
        case "post" -> post = once(post, stringOrNode(p));
        case "raw" -> raw = once(raw, stringOrNode(p));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    Speaker.Builder b = Speaker.builder(requiredText(id, at, "id"));
    b.name(optionalText(name, at, "name", true));
    b.honorific(optionalText(honorific, at, "honorific", true));
    String c = optionalText(country, at, "country", true);
    String code = optionalText(countryCode, at, "countryCode", true);
    if (code != null) {
      if (!twoLetters(code, 'A', 'Z')) {
        throw new DebateFormatException(
            at.key("countryCode"), "must be an ISO 3166-1 alpha-2 code, was \"" + code + "\"");
      }
      if (c == null) {
        throw new DebateFormatException(at.key("countryCode"), "needs a country, which is null");
      }
    }
    b.country(c, code);
    b.organization(optionalText(organization, at, "organization", true));
    b.role(enumValue(role, at, "role", SpeakerRole.class));
    b.post(optionalText(post, at, "post", true));
    b.raw(string(required(raw, at, "raw"), at, "raw"));
    return ModelValues.build(b::build, at);
  }

  private static Diagnostic diagnostic(JsonParser p, At at) {
    object(p, at);
    Object severity = null;
    Object code = null;
    Object line = null;
    Object message = null;
    Object excerpt = null;
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "severity" -> severity = once(severity, stringOrNode(p));
        case "code" -> code = once(code, stringOrNode(p));
        case "line" -> line = once(line, intOrNode(p));
        case "message" -> message = once(message, stringOrNode(p));
        case "excerpt" -> excerpt = once(excerpt, stringOrNode(p));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    Severity s = enumValue(severity, at, "severity", Severity.class);
    String c = requiredText(code, at, "code");
    int l = integer(required(line, at, "line"), at, "line");
    if (l < 0) {
      throw new DebateFormatException(at.key("line"), "must be >= 0, was " + l);
    }
    String m = requiredText(message, at, "message");
    String x = string(required(excerpt, at, "excerpt"), at, "excerpt");
    try {
      return new Diagnostic(s, c, l, m, x);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ModelValues.invalid(e, at);
    }
  }

  // ---- proceedings ----

  /**
   * The values of one element of {@code proceedings}, as read: checked once the whole document is
   * read, since a statement names a speaker that the document may list after it.
   */
  private static final class ProceedingFields {
    final At at;
    JsonNode notObject;
    Object type;
    Object text;
    Object speaker;
    Object language;
    Items<Paragraph> paragraphs;
    Object method;
    Object draft;
    Items<String> inFavour;
    Items<String> against;
    Items<String> abstaining;
    Object outcome;
    Object resolution;

    ProceedingFields(At at) {
      this.at = at;
    }
  }

  private static ProceedingFields proceedingFields(JsonParser p, At at) {
    ProceedingFields f = new ProceedingFields(at);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      f.notObject = node(p);
      return f;
    }
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "type" -> f.type = once(f.type, stringOrNode(p));
        case "text" -> f.text = once(f.text, stringOrNode(p));
        case "speaker" -> f.speaker = once(f.speaker, stringOrNode(p));
        case "language" -> f.language = once(f.language, stringOrNode(p));
        case "paragraphs" ->
            f.paragraphs = once(f.paragraphs, items(p, at, key, JsonReading::paragraph));
        case "method" -> f.method = once(f.method, stringOrNode(p));
        case "draft" -> f.draft = once(f.draft, stringOrNode(p));
        case "inFavour" -> f.inFavour = once(f.inFavour, items(p, at, key, JsonReading::country));
        case "against" -> f.against = once(f.against, items(p, at, key, JsonReading::country));
        case "abstaining" ->
            f.abstaining = once(f.abstaining, items(p, at, key, JsonReading::country));
        case "outcome" -> f.outcome = once(f.outcome, stringOrNode(p));
        case "resolution" -> f.resolution = once(f.resolution, stringOrNode(p));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    return f;
  }

  private static String country(JsonParser p, At at) {
    return text(stringOrNode(p), at, null);
  }

  private static Proceeding proceeding(ProceedingFields f, Set<String> speakerIds) {
    At at = f.at;
    if (f.notObject != null) {
      throw wrongType(f.notObject, at, null, "an object");
    }
    String type = requiredText(f.type, at, "type");
    switch (type) {
      case "statement":
        return statement(f, speakerIds);
      case "vote":
        return vote(f);
      case "note":
        {
          String text = requiredText(f.text, at, "text");
          return ModelValues.build(() -> new Note(text), at);
        }
      case "heading":
        {
          String text = requiredText(f.text, at, "text");
          return ModelValues.build(() -> new Heading(text), at);
        }
      default:
        throw new DebateFormatException(
            at.key("type"),
            "unknown proceeding type \""
                + type
                + "\", expected one of statement, vote, note, heading");
    }
  }

  private static Statement statement(ProceedingFields f, Set<String> speakerIds) {
    At at = f.at;
    String speaker = requiredText(f.speaker, at, "speaker");
    if (!speakerIds.contains(speaker)) {
      throw new DebateFormatException(
          at.key("speaker"), "\"" + speaker + "\" is not the id of one of the speakers");
    }
    String language = optionalText(f.language, at, "language", true);
    if (language != null && !twoLetters(language, 'a', 'z')) {
      throw new DebateFormatException(
          at.key("language"), "must be an ISO 639-1 code, was \"" + language + "\"");
    }
    List<Paragraph> paragraphs = elements(f.paragraphs, at, "paragraphs", true);
    Optional<String> spoken = Optional.ofNullable(language);
    try {
      return new Statement(speaker, spoken, paragraphs);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ModelValues.invalid(e, at);
    }
  }

  private static Vote vote(ProceedingFields f) {
    At at = f.at;
    VoteMethod method = enumValue(f.method, at, "method", VoteMethod.class);
    Optional<String> draft = Optional.ofNullable(optionalText(f.draft, at, "draft", true));
    List<String> inFavour = elements(f.inFavour, at, "inFavour", true);
    List<String> against = elements(f.against, at, "against", true);
    List<String> abstaining = elements(f.abstaining, at, "abstaining", true);
    VoteOutcome outcome = enumValue(f.outcome, at, "outcome", VoteOutcome.class);
    Optional<String> resolution =
        Optional.ofNullable(optionalText(f.resolution, at, "resolution", true));
    return ModelValues.build(
        () -> new Vote(method, draft, inFavour, against, abstaining, outcome, resolution), at);
  }

  // ---- paragraphs ----

  /** The values of a citation or quotation, as read: checked once the paragraph's text is known. */
  private static final class SpanFields {
    final At at;
    JsonNode notObject;
    Object type;
    Object text;
    Object start;
    Object end;
    Object target;
    Object speaker;

    SpanFields(At at) {
      this.at = at;
    }
  }

  private static Paragraph paragraph(JsonParser p, At at) {
    object(p, at);
    Object kind = null;
    Object text = null;
    Items<SpanFields> citations = null;
    Items<SpanFields> quotations = null;
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "kind" -> kind = once(kind, stringOrNode(p));
        case "text" -> text = once(text, stringOrNode(p));
        case "citations" -> citations = once(citations, items(p, at, key, JsonReading::spanFields));
        case "quotations" ->
            quotations = once(quotations, items(p, at, key, JsonReading::spanFields));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    ParagraphKind k = enumValue(kind, at, "kind", ParagraphKind.class);
    String t = requiredText(text, at, "text");
    List<SpanFields> read = elements(citations, at, "citations", true);
    List<Citation> cited = read.isEmpty() ? List.of() : new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      cited.add(citation(read.get(i), t));
    }
    read = elements(quotations, at, "quotations", false);
    List<Quotation> quoted = read.isEmpty() ? List.of() : new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      quoted.add(quotation(read.get(i), t));
    }
    try {
      return new Paragraph(k, t, cited, quoted);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ModelValues.invalid(e, at);
    }
  }

  private static SpanFields spanFields(JsonParser p, At at) {
    SpanFields f = new SpanFields(at);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      f.notObject = node(p);
      return f;
    }
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      switch (key) {
        case "type" -> f.type = once(f.type, stringOrNode(p));
        case "text" -> f.text = once(f.text, stringOrNode(p));
        case "start" -> f.start = once(f.start, intOrNode(p));
        case "end" -> f.end = once(f.end, intOrNode(p));
        case "target" -> f.target = once(f.target, stringOrNode(p));
        case "speaker" -> f.speaker = once(f.speaker, stringOrNode(p));
        default -> unknown = unknownKey(p, key, unknown);
      }
    }
    return f;
  }

  private static Citation citation(SpanFields f, String paragraph) {
    At at = f.at;
    if (f.notObject != null) {
      throw wrongType(f.notObject, at, null, "an object");
    }
    CitationType type = enumValue(f.type, at, "type", CitationType.class);
    String text = requiredText(f.text, at, "text");
    int start = integer(required(f.start, at, "start"), at, "start");
    int end = integer(required(f.end, at, "end"), at, "end");
    if (start < 0 || start > paragraph.length()) {
      throw new DebateFormatException(
          at.key("start"),
          "must lie in the paragraph's text (0.." + paragraph.length() + "), was " + start);
    }
    if (end < start || end > paragraph.length()) {
      throw new DebateFormatException(
          at.key("end"),
          "must lie between start "
              + start
              + " and the text's length "
              + paragraph.length()
              + ", was "
              + end);
    }
    if (!paragraph.regionMatches(start, text, 0, end - start) || text.length() != end - start) {
      String span = paragraph.substring(start, end);
      throw new DebateFormatException(
          at.key("text"),
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
    String target = requiredText(f.target, at, "target");
    try {
      return new Citation(type, text, start, end, target);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ModelValues.invalid(e, at);
    }
  }

  private static Quotation quotation(SpanFields f, String paragraph) {
    At at = f.at;
    if (f.notObject != null) {
      throw wrongType(f.notObject, at, null, "an object");
    }
    int start = integer(required(f.start, at, "start"), at, "start");
    int end = integer(required(f.end, at, "end"), at, "end");
    if (start < 0 || start >= paragraph.length()) {
      throw new DebateFormatException(
          at.key("start"),
          "must lie in the paragraph's text (0.." + (paragraph.length() - 1) + "), was " + start);
    }
    if (end <= start || end > paragraph.length()) {
      throw new DebateFormatException(
          at.key("end"),
          "must lie after start "
              + start
              + " and within the text's length "
              + paragraph.length()
              + ", was "
              + end);
    }
    Optional<String> speaker = Optional.ofNullable(optionalText(f.speaker, at, "speaker", false));
    return ModelValues.build(() -> new Quotation(start, end, speaker), at);
  }

  // ---- arrays ----

  /**
   * What stood under an array's key: its elements as read, the first of them that failed (the rest
   * of the array is still read), or a value that is not an array.
   */
  private static final class Items<T> {
    /** The elements; {@code null} while there are none. */
    List<T> values;

    DebateFormatException failure;
    JsonNode notArray;
  }

  /** An empty array's: shared, since nothing changes an {@link Items} once it is read. */
  private static final Items<?> NO_ITEMS = new Items<>();

  /** Reads one element of an array, from its first token to its last, at the given path. */
  private interface ElementReader<T> {
    T read(JsonParser p, At at);
  }

  private static <T> Items<T> items(JsonParser p, At parent, String key, ElementReader<T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Items<T> items = new Items<>();
      items.notArray = node(p);
      return items;
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      @SuppressWarnings("unchecked") // holds no element of any type, and is never changed
      Items<T> none = (Items<T>) NO_ITEMS;
      return none;
    }
    Items<T> items = new Items<>();
    int i = 0;
    for (; t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (items.failure == null) {
        try {
          T value = element.read(p, new At(parent, key, i));
          if (items.values == null) {
            items.values = new ArrayList<>();
          }
          items.values.add(value);
        } catch (DebateFormatException e) {
          items.failure = e;
        }
      } else {
        node(p);
      }
      i++;
    }
    return items;
  }

  /** The elements of an array read under {@code key}, or its failure. */
  private static <T> List<T> elements(Items<T> items, At at, String key, boolean required) {
    if (items == null) {
      if (required) {
        throw new DebateFormatException(at.key(key), "is missing");
      }
      return List.of();
    }
    if (items.notArray != null) {
      throw wrongType(items.notArray, at, key, "an array (lists are never null)");
    }
    if (items.failure != null) {
      throw items.failure;
    }
    return items.values == null ? List.of() : items.values;
  }

  // ---- duplicate keys ----

  /**
   * Thrown on a key that repeats in its object, when the parser does not report it itself: see
   * {@link #debate(JsonParser)}.
   */
  public static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateKey() {
      super("a key repeats in its object", null, false, false);
    }
  }

  /** The value of a key read for the first time in its object; a second time is a duplicate. */
  private static <T> T once(Object previous, T value) {
    if (previous != null) {
      throw new DuplicateKey();
    }
    return value;
  }

  /** Reads the value of a key the contract does not know; returns the object's unknown keys. */
  private static Set<String> unknownKey(JsonParser p, String key, Set<String> unknown) {
    Set<String> keys = unknown == null ? new HashSet<>() : unknown;
    if (!keys.add(key)) {
      throw new DuplicateKey();
    }
    node(p);
    return keys;
  }

  // ---- values ----

  /** The string at the parser's token, or the value there as a tree. */
  private static Object stringOrNode(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : node(p);
  }

  /** The {@code int} at the parser's token, or the value there as a tree. */
  private static Object intOrNode(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    return node(p);
  }

  /** The boolean at the parser's token, or the value there as a tree. */
  private static Object booleanOrNode(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return node(p);
  }

  /**
   * The value at the parser's token as a tree, only to describe it: a scalar as Jackson reads it
   * into a tree, an object or array read to its end (every scalar in it read likewise, so that the
   * parser's limits apply as to a tree) and checked for duplicate keys, but given back empty.
   */
  private static JsonNode node(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return p.readValueAsTree();
    }
    JsonNode empty =
        t == JsonToken.START_OBJECT
            ? JsonNodeFactory.instance.objectNode()
            : JsonNodeFactory.instance.arrayNode();
    // Iterative, since the nesting limit may be set high: the keys of each open object.
    Deque<Set<String>> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        break;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.pop();
      } else if (t == JsonToken.PROPERTY_NAME) {
        if (!open.peek().add(p.currentName())) {
          throw new DuplicateKey();
        }
      } else if (t == JsonToken.START_OBJECT) {
        open.push(new HashSet<>());
      } else if (t == JsonToken.START_ARRAY) {
        open.push(Set.of());
      } else {
        p.readValueAsTree();
      }
    }
    return empty;
  }

  /** Requires an object at the parser's token; reads any other value before failing. */
  private static void object(JsonParser p, At at) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(node(p), at, null, "an object");
    }
  }

  private static boolean isNull(Object value) {
    return value instanceof JsonNode node && node.isNull();
  }

  private static Object required(Object value, At at, String key) {
    if (value == null) {
      throw new DebateFormatException(at.key(key), "is missing");
    }
    return value;
  }

  /** A string value, possibly empty or blank. */
  private static String string(Object value, At at, String key) {
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(value, at, key, "a string");
  }

  /** A string value that is not blank. */
  private static String text(Object value, At at, String key) {
    String s = string(value, at, key);
    if (s.isBlank()) {
      throw new DebateFormatException(at.key(key), "must not be blank");
    }
    return s;
  }

  private static String requiredText(Object value, At at, String key) {
    return text(required(value, at, key), at, key);
  }

  /**
   * A string that is not blank, or {@code null} for a JSON {@code null} (or, when not {@code
   * required}, a missing key).
   */
  private static String optionalText(Object value, At at, String key, boolean required) {
    Object v = required ? required(value, at, key) : value;
    if (v == null || isNull(v)) {
      return null;
    }
    return text(v, at, key);
  }

  private static int integer(Object value, At at, String key) {
    if (value instanceof Integer i) {
      return i;
    }
    JsonNode node = asNode(value);
    if (!node.isIntegralNumber()) {
      throw wrongType(node, at, key, "an integer");
    }
    if (!node.canConvertToInt()) {
      throw new DebateFormatException(at.key(key), "integer out of range: " + node);
    }
    return node.intValue();
  }

  private static <E extends Enum<E>> E enumValue(Object value, At at, String key, Class<E> type) {
    return constant(text(required(value, at, key), at, key), at, key, type);
  }

  private static <E extends Enum<E>> E constant(String spelling, At at, String key, Class<E> type) {
    E e = ModelValues.spelt(spelling, type);
    if (e == null) {
      throw new DebateFormatException(at.key(key), ModelValues.unknownValue(spelling, type));
    }
    return e;
  }

  /** Whether {@code s} is two letters between {@code from} and {@code to}. */
  private static boolean twoLetters(String s, char from, char to) {
    return s.length() == 2
        && s.charAt(0) >= from
        && s.charAt(0) <= to
        && s.charAt(1) >= from
        && s.charAt(1) <= to;
  }

  private static DebateFormatException wrongType(Object value, At at, String key, String expected) {
    return new DebateFormatException(
        at.key(key), "must be " + expected + ", was " + describe(asNode(value)));
  }

  private static JsonNode asNode(Object value) {
    if (value instanceof String s) {
      return StringNode.valueOf(s);
    }
    if (value instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (value instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    return (JsonNode) value;
  }

  private static String describe(JsonNode node) {
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    if (node.isContainer()) {
      return "an " + kind;
    }
    String value = node.toString();
    if (value.length() > 40) {
      value = value.substring(0, 40) + "...";
    }
    return kind + " " + value;
  }

  /** A place in the document, spelt as a JSONPath only when a message needs it. */
  private static final class At {
    static final At ROOT = new At(null, null, -1);

    private final At parent;
    private final String key;
    private final int index;

    At(At parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    /** The path of the value under {@code key} here, or of this place for {@code null}. */
    String key(String name) {
      return name == null ? toString() : this + "." + name;
    }

    @Override
    public String toString() {
      if (parent == null) {
        return DebateFormatException.ROOT;
      }
      return parent + "." + key + "[" + index + "]";
    }
  }
}
