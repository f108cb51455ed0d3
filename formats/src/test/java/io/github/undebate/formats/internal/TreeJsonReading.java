package io.github.undebate.formats.internal;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Source;
import io.github.undebate.core.SourceFormat;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import io.github.undebate.formats.DebateFormatException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * THE READER BEFORE STREAMING (kept as the oracle of StreamingReadEquivalenceTest).
 *
 * <p>Turns a JSON tree in the contract {@code undebate/1} into a {@link Debate}, checking every
 * value on the way so that a failure names the JSONPath of the offending value.
 *
 * <p>Keys of the contract must be present (with {@code null} where a value is absent); the keys
 * this project added to the contract ({@code session}, {@code time}, {@code provisional}, {@code
 * members}, {@code agenda}, {@code quotations}, {@code diagnostics}, and since issues 16 and 19
 * {@code vote.totals} and {@code source}) may be missing, which reads as absent or empty. Unknown
 * keys are ignored, since the contract allows fields to be added.
 */
public final class TreeJsonReading {
  private TreeJsonReading() {}

  /** Reads a whole document. */
  public static Debate debate(JsonNode root) {
    String at = "$";
    object(root, at);
    String schema = requiredText(root, "schema", at);
    if (!"undebate/1".equals(schema)) {
      throw new DebateFormatException(
          at + ".schema",
          "unsupported schema " + ModelValues.quote(schema) + ", expected \"undebate/1\"");
    }
    Debate.Builder b = Debate.builder();
    b.kind(enumValue(root, "kind", at, RecordKind.class));
    b.symbol(optionalText(root, "symbol", at, true).orElse(null));
    b.body(optionalEnum(root, "body", at, Body.class).orElse(null));
    JsonNode number = required(root, "meetingNumber", at);
    if (!number.isNull()) {
      int n = integer(number, at + ".meetingNumber");
      if (n <= 0) {
        throw new DebateFormatException(at + ".meetingNumber", "must be positive, was " + n);
      }
      b.meetingNumber(n);
    }
    b.date(
        optionalText(root, "date", at, true)
            .map(
                s ->
                    ModelValues.parse(
                        () -> LocalDate.parse(s), at + ".date", "an ISO date (2020-01-10)", s))
            .orElse(null));
    b.title(optionalText(root, "title", at, true).orElse(null));
    b.location(optionalText(root, "location", at, true).orElse(null));
    Optional<String> president = optionalText(root, "president", at, true);
    b.session(optionalText(root, "session", at, false).orElse(null));
    b.time(
        optionalText(root, "time", at, false)
            .map(
                s ->
                    ModelValues.parse(
                        () -> LocalTime.parse(s), at + ".time", "an ISO time (10:05)", s))
            .orElse(null));
    JsonNode provisional = root.get("provisional");
    if (provisional != null) {
      if (!provisional.isBoolean()) {
        throw wrongType(provisional, at + ".provisional", "a boolean");
      }
      b.provisional(provisional.booleanValue());
    }
    List<Member> members = new ArrayList<>();
    elements(root, "members", at, false, (node, path) -> members.add(member(node, path)));
    b.members(members);
    List<String> agenda = new ArrayList<>();
    elements(root, "agenda", at, false, (node, path) -> agenda.add(text(node, path)));
    b.agenda(agenda);

    List<Speaker> speakers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    elements(
        root,
        "speakers",
        at,
        true,
        (node, path) -> {
          Speaker s = speaker(node, path);
          if (!ids.add(s.id())) {
            throw new DebateFormatException(
                path + ".id",
                "speaker id " + ModelValues.quote(s.id()) + " repeats an earlier speaker's");
          }
          speakers.add(s);
        });
    b.speakers(speakers);
    president.ifPresent(
        id -> {
          if (!ids.contains(id)) {
            throw new DebateFormatException(
                at + ".president", ModelValues.quote(id) + " is not the id of one of the speakers");
          }
        });
    b.presidentId(president.orElse(null));
    List<Proceeding> proceedings = new ArrayList<>();
    elements(
        root,
        "proceedings",
        at,
        true,
        (node, path) -> proceedings.add(proceeding(node, path, ids)));
    b.proceedings(proceedings);
    List<Diagnostic> diagnostics = new ArrayList<>();
    elements(
        root, "diagnostics", at, false, (node, path) -> diagnostics.add(diagnostic(node, path)));
    b.diagnostics(diagnostics);
    JsonNode source = root.get("source");
    if (source != null && !source.isNull()) {
      b.source(source(source, at + ".source"));
    }
    return ModelValues.build(b::build, at);
  }

  private static Member member(JsonNode node, String at) {
    object(node, at);
    String country = requiredText(node, "country", at);
    String representative = requiredText(node, "representative", at);
    return ModelValues.build(() -> new Member(country, representative), at);
  }

  private static Speaker speaker(JsonNode node, String at) {
    object(node, at);
    Speaker.Builder b = Speaker.builder(requiredText(node, "id", at));
    b.name(optionalText(node, "name", at, true).orElse(null));
    b.honorific(optionalText(node, "honorific", at, true).orElse(null));
    Optional<String> country = optionalText(node, "country", at, true);
    Optional<String> code = optionalText(node, "countryCode", at, true);
    code.ifPresent(
        c -> {
          if (!c.matches("[A-Z]{2}")) {
            throw new DebateFormatException(
                at + ".countryCode",
                "must be an ISO 3166-1 alpha-2 code, was " + ModelValues.quote(c));
          }
          if (country.isEmpty()) {
            throw new DebateFormatException(at + ".countryCode", "needs a country, which is null");
          }
        });
    b.country(country.orElse(null), code.orElse(null));
    b.organization(optionalText(node, "organization", at, true).orElse(null));
    b.role(enumValue(node, "role", at, SpeakerRole.class));
    b.post(optionalText(node, "post", at, true).orElse(null));
    b.raw(string(required(node, "raw", at), at + ".raw"));
    return ModelValues.build(b::build, at);
  }

  private static Proceeding proceeding(JsonNode node, String at, Set<String> speakerIds) {
    object(node, at);
    String type = requiredText(node, "type", at);
    switch (type) {
      case "statement":
        return statement(node, at, speakerIds);
      case "vote":
        return vote(node, at);
      case "note":
        {
          String text = requiredText(node, "text", at);
          return ModelValues.build(() -> new Note(text), at);
        }
      case "heading":
        {
          String text = requiredText(node, "text", at);
          return ModelValues.build(() -> new Heading(text), at);
        }
      default:
        throw new DebateFormatException(
            at + ".type",
            "unknown proceeding type "
                + ModelValues.quote(type)
                + ", expected one of statement, vote, note, heading");
    }
  }

  private static Statement statement(JsonNode node, String at, Set<String> speakerIds) {
    String speaker = requiredText(node, "speaker", at);
    if (!speakerIds.contains(speaker)) {
      throw new DebateFormatException(
          at + ".speaker", ModelValues.quote(speaker) + " is not the id of one of the speakers");
    }
    Optional<String> language = optionalText(node, "language", at, true);
    language.ifPresent(
        code -> {
          if (!code.matches("[a-z]{2}")) {
            throw new DebateFormatException(
                at + ".language", "must be an ISO 639-1 code, was " + ModelValues.quote(code));
          }
        });
    List<Paragraph> paragraphs = new ArrayList<>();
    elements(node, "paragraphs", at, true, (p, path) -> paragraphs.add(paragraph(p, path)));
    List<Interpretation> interpretations = new ArrayList<>();
    elements(
        node,
        "interpretations",
        at,
        false,
        (i, path) -> interpretations.add(interpretation(i, path)));
    return ModelValues.build(
        () -> new Statement(speaker, language, paragraphs, interpretations), at);
  }

  private static Interpretation interpretation(JsonNode node, String at) {
    object(node, at);
    String language = requiredText(node, "language", at);
    if (!language.matches("[a-z]{2}")) {
      throw new DebateFormatException(
          at + ".language", "must be an ISO 639-1 code, was " + ModelValues.quote(language));
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    elements(node, "paragraphs", at, true, (p, path) -> paragraphs.add(paragraph(p, path)));
    if (paragraphs.isEmpty()) {
      throw new DebateFormatException(
          at + ".paragraphs", "must not be empty: an interpretation has a paragraph or more");
    }
    return ModelValues.build(() -> new Interpretation(language, paragraphs), at);
  }

  private static Paragraph paragraph(JsonNode node, String at) {
    object(node, at);
    ParagraphKind kind = enumValue(node, "kind", at, ParagraphKind.class);
    String text = requiredText(node, "text", at);
    List<Citation> citations = new ArrayList<>();
    elements(node, "citations", at, true, (c, path) -> citations.add(citation(c, path, text)));
    List<Quotation> quotations = new ArrayList<>();
    elements(node, "quotations", at, false, (q, path) -> quotations.add(quotation(q, path, text)));
    return ModelValues.build(() -> new Paragraph(kind, text, citations, quotations), at);
  }

  private static Citation citation(JsonNode node, String at, String paragraph) {
    object(node, at);
    CitationType type = enumValue(node, "type", at, CitationType.class);
    String text = requiredText(node, "text", at);
    int start = integer(required(node, "start", at), at + ".start");
    int end = integer(required(node, "end", at), at + ".end");
    if (start < 0 || start > paragraph.length()) {
      throw new DebateFormatException(
          at + ".start",
          "must lie in the paragraph's text (0.." + paragraph.length() + "), was " + start);
    }
    if (end < start || end > paragraph.length()) {
      throw new DebateFormatException(
          at + ".end",
          "must lie between start "
              + start
              + " and the text's length "
              + paragraph.length()
              + ", was "
              + end);
    }
    String span = paragraph.substring(start, end);
    if (!span.equals(text)) {
      throw new DebateFormatException(
          at + ".text",
          "must equal the paragraph's text at "
              + start
              + ".."
              + end
              + " ("
              + ModelValues.quote(span)
              + "), was "
              + ModelValues.quote(text));
    }
    String target = requiredText(node, "target", at);
    return ModelValues.build(() -> new Citation(type, text, start, end, target), at);
  }

  private static Quotation quotation(JsonNode node, String at, String paragraph) {
    object(node, at);
    int start = integer(required(node, "start", at), at + ".start");
    int end = integer(required(node, "end", at), at + ".end");
    if (start < 0 || start >= paragraph.length()) {
      throw new DebateFormatException(
          at + ".start",
          "must lie in the paragraph's text (0.." + (paragraph.length() - 1) + "), was " + start);
    }
    if (end <= start || end > paragraph.length()) {
      throw new DebateFormatException(
          at + ".end",
          "must lie after start "
              + start
              + " and within the text's length "
              + paragraph.length()
              + ", was "
              + end);
    }
    Optional<String> speaker = optionalText(node, "speaker", at, false);
    return ModelValues.build(() -> new Quotation(start, end, speaker), at);
  }

  private static Vote vote(JsonNode node, String at) {
    VoteMethod method = enumValue(node, "method", at, VoteMethod.class);
    Optional<String> draft = optionalText(node, "draft", at, true);
    List<String> inFavour = countries(node, "inFavour", at);
    List<String> against = countries(node, "against", at);
    List<String> abstaining = countries(node, "abstaining", at);
    if (method == VoteMethod.WITHOUT_VOTE) {
      for (String key : List.of("inFavour", "against", "abstaining")) {
        if (!node.get(key).isEmpty()) {
          throw new DebateFormatException(
              at + "." + key, "must be empty: the decision was taken without a vote");
        }
      }
    }
    Optional<VoteTotals> totals = Optional.empty();
    JsonNode t = node.get("totals");
    if (t != null && !t.isNull()) {
      String path = at + ".totals";
      if (!t.isObject()) {
        throw wrongType(t, path, "an object or null");
      }
      int yes = count(t, "inFavour", path);
      int no = count(t, "against", path);
      int abstentions = count(t, "abstaining", path);
      totals = Optional.of(new VoteTotals(yes, no, abstentions));
    }
    if (method == VoteMethod.WITHOUT_VOTE && totals.isPresent()) {
      throw new DebateFormatException(
          at + ".totals", "must be null: the decision was taken without a vote");
    }
    VoteOutcome outcome = enumValue(node, "outcome", at, VoteOutcome.class);
    Optional<String> resolution = optionalText(node, "resolution", at, true);
    Optional<VoteTotals> printed = totals;
    return ModelValues.build(
        () -> new Vote(method, draft, inFavour, against, abstaining, outcome, resolution, printed),
        at);
  }

  private static int count(JsonNode totals, String key, String at) {
    int n = integer(required(totals, key, at), at + "." + key);
    if (n < 0) {
      throw new DebateFormatException(at + "." + key, "must not be negative, was " + n);
    }
    return n;
  }

  private static Source source(JsonNode node, String at) {
    if (!node.isObject()) {
      throw wrongType(node, at, "an object or null");
    }
    Optional<String> path = optionalText(node, "path", at, true);
    JsonNode lengthNode = required(node, "length", at);
    if (!lengthNode.isIntegralNumber()) {
      throw wrongType(lengthNode, at + ".length", "an integer");
    }
    if (!lengthNode.canConvertToLong()) {
      throw new DebateFormatException(
          at + ".length", "integer out of range: " + ModelValues.excerpt(lengthNode.toString()));
    }
    long length = lengthNode.longValue();
    if (length < 0) {
      throw new DebateFormatException(at + ".length", "must not be negative, was " + length);
    }
    String sha256 = requiredText(node, "sha256", at);
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new DebateFormatException(
          at + ".sha256",
          "must be 64 lower-case hexadecimal digits, was " + ModelValues.quote(sha256));
    }
    SourceFormat format = enumValue(node, "format", at, SourceFormat.class);
    Optional<String> charset = optionalText(node, "charset", at, true);
    String version = requiredText(node, "undebateVersion", at);
    return ModelValues.build(() -> new Source(path, length, sha256, format, charset, version), at);
  }

  private static List<String> countries(JsonNode node, String key, String at) {
    List<String> out = new ArrayList<>();
    elements(node, key, at, true, (c, path) -> out.add(text(c, path)));
    return out;
  }

  private static Diagnostic diagnostic(JsonNode node, String at) {
    object(node, at);
    Severity severity = enumValue(node, "severity", at, Severity.class);
    String code = requiredText(node, "code", at);
    int line = integer(required(node, "line", at), at + ".line");
    if (line < 0) {
      throw new DebateFormatException(at + ".line", "must be >= 0, was " + line);
    }
    String message = requiredText(node, "message", at);
    String excerpt = string(required(node, "excerpt", at), at + ".excerpt");
    return ModelValues.build(() -> new Diagnostic(severity, code, line, message, excerpt), at);
  }

  // ---- values ----

  /** Calls the visitor for each element of the array under {@code key}, with its path. */
  private static void elements(
      JsonNode parent, String key, String at, boolean required, ElementVisitor visitor) {
    JsonNode array = required ? required(parent, key, at) : parent.get(key);
    String path = at + "." + key;
    if (array == null) {
      return;
    }
    if (!array.isArray()) {
      throw wrongType(array, path, "an array (lists are never null)");
    }
    for (int i = 0; i < array.size(); i++) {
      visitor.visit(array.get(i), path + "[" + i + "]");
    }
  }

  private interface ElementVisitor {
    void visit(JsonNode node, String path);
  }

  private static void object(JsonNode node, String at) {
    if (!node.isObject()) {
      throw wrongType(node, at, "an object");
    }
  }

  private static JsonNode required(JsonNode parent, String key, String at) {
    JsonNode value = parent.get(key);
    if (value == null) {
      throw new DebateFormatException(at + "." + key, "is missing");
    }
    return value;
  }

  /** A string value, possibly empty or blank. */
  private static String string(JsonNode node, String at) {
    if (!node.isString()) {
      throw wrongType(node, at, "a string");
    }
    return node.stringValue();
  }

  /** A string value that is not blank. */
  private static String text(JsonNode node, String at) {
    String s = string(node, at);
    if (s.isBlank()) {
      throw new DebateFormatException(at, "must not be blank");
    }
    return s;
  }

  private static String requiredText(JsonNode parent, String key, String at) {
    return text(required(parent, key, at), at + "." + key);
  }

  /** {@code null} (or, when not {@code required}, a missing key) reads as absent. */
  private static Optional<String> optionalText(
      JsonNode parent, String key, String at, boolean required) {
    JsonNode node = required ? required(parent, key, at) : parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(text(node, at + "." + key));
  }

  private static int integer(JsonNode node, String at) {
    if (!node.isIntegralNumber()) {
      throw wrongType(node, at, "an integer");
    }
    if (!node.canConvertToInt()) {
      throw new DebateFormatException(
          at, "integer out of range: " + ModelValues.excerpt(node.toString()));
    }
    return node.intValue();
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode parent, String key, String at, Class<E> type) {
    String path = at + "." + key;
    return enumAt(text(required(parent, key, at), path), path, type);
  }

  private static <E extends Enum<E>> Optional<E> optionalEnum(
      JsonNode parent, String key, String at, Class<E> type) {
    String path = at + "." + key;
    return optionalText(parent, key, at, true).map(s -> enumAt(s, path, type));
  }

  private static DebateFormatException wrongType(JsonNode node, String at, String expected) {
    return new DebateFormatException(at, "must be " + expected + ", was " + describe(node));
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

  private static <E extends Enum<E>> E enumAt(String spelling, String at, Class<E> type) {
    Object e = ModelValues.constant(spelling, type);
    if (e == null) {
      throw new DebateFormatException(at, ModelValues.unknownValue(spelling, type));
    }
    return type.cast(e);
  }
}
