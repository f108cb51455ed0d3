package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON that {@link DebateJson} writes is the contract {@code undebate/1}
 * (shared/contract/debate-json.md): its example, copied into test resources, reads and writes back
 * to the same keys, in the same order, with the same values, and a model that uses every field
 * writes the key names, enum spellings, nulls, empty lists and offsets the contract names.
 */
class JsonContractTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Keys this project added to the contract's example, which the contract allows. */
  private static final Set<String> ADDED_AT_ROOT =
      Set.of("session", "time", "provisional", "members", "agenda", "diagnostics", "source");

  private static final Set<String> ADDED_TO_PARAGRAPHS = Set.of("quotations");

  private static final Set<String> ADDED_TO_VOTES = Set.of("totals");

  private static String example() throws IOException {
    try (InputStream in =
        JsonContractTest.class.getResourceAsStream("/contract/debate-json-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theContractsExampleWritesBackKeyForKeyValueForValue() throws IOException {
    String example = example();
    DebateJson json = DebateJson.create();
    Debate read = json.read(example);
    JsonNode written = MAPPER.readTree(json.write(read));
    JsonNode expected = MAPPER.readTree(example);

    ObjectNode withoutAdditions = (ObjectNode) written.deepCopy();
    ADDED_AT_ROOT.forEach(withoutAdditions::remove);
    for (JsonNode p : withoutAdditions.get("proceedings")) {
      if (p.get("type").stringValue().equals("vote")) {
        ADDED_TO_VOTES.forEach(((ObjectNode) p)::remove);
      }
      if (p.has("paragraphs")) {
        for (JsonNode para : p.get("paragraphs")) {
          ADDED_TO_PARAGRAPHS.forEach(((ObjectNode) para)::remove);
        }
      }
    }
    assertThat(withoutAdditions)
        .as("what we write, less our additions, is the contract's example")
        .isEqualTo(expected);
    assertThat(keyOrder(withoutAdditions))
        .as("keys come in the contract's order")
        .isEqualTo(keyOrder(expected));
    assertThat(written.get("provisional").booleanValue()).isFalse();
    assertThat(written.get("session").isNull()).isTrue();
    assertThat(written.get("source").isNull()).as("a model without a source").isTrue();
    assertThat(Schemas.jsonProblems(example)).as("the example fits the published schema").isEmpty();
  }

  @Test
  void everyFieldIsSpelledAsTheContractSays() {
    Debate d = Samples.everyField();
    String text = DebateJson.create().write(d);
    assertThat(Schemas.jsonProblems(text)).as("validates against the JSON Schema").isEmpty();
    JsonNode root = MAPPER.readTree(text);

    assertThat(names(root))
        .containsExactly(
            "schema",
            "kind",
            "symbol",
            "body",
            "meetingNumber",
            "date",
            "title",
            "location",
            "president",
            "session",
            "time",
            "provisional",
            "members",
            "agenda",
            "speakers",
            "proceedings",
            "diagnostics",
            "source");
    assertThat(root.get("schema").stringValue()).isEqualTo("undebate/1");
    assertThat(root.get("kind").stringValue()).isEqualTo("verbatim_record");
    assertThat(root.get("body").stringValue()).isEqualTo("security_council");
    assertThat(root.get("meetingNumber").intValue()).isEqualTo(8700);
    assertThat(root.get("date").stringValue()).isEqualTo("2020-01-10");
    assertThat(root.get("time").stringValue()).isEqualTo("18:05");
    assertThat(root.get("president").stringValue()).isEqualTo("sp1");

    JsonNode secretariat = root.get("speakers").get(2);
    assertThat(names(secretariat))
        .containsExactly(
            "id",
            "name",
            "honorific",
            "country",
            "countryCode",
            "organization",
            "role",
            "post",
            "raw");
    assertThat(secretariat.get("country").isNull()).as("an absent country is null").isTrue();
    assertThat(secretariat.get("countryCode").isNull()).isTrue();
    assertThat(secretariat.get("role").stringValue()).isEqualTo("secretariat");
    assertThat(root.get("speakers").get(1).get("countryCode").stringValue()).isEqualTo("RU");

    JsonNode proceedings = root.get("proceedings");
    assertThat(proceedings.get(0).get("type").stringValue()).isEqualTo("note");
    assertThat(proceedings.get(1).get("type").stringValue()).isEqualTo("heading");
    JsonNode statement = proceedings.get(4);
    assertThat(names(statement)).containsExactly("type", "speaker", "language", "paragraphs");
    assertThat(statement.get("language").stringValue()).isEqualTo("ru");
    List<String> kinds = new ArrayList<>();
    statement.get("paragraphs").forEach(p -> kinds.add(p.get("kind").stringValue()));
    assertThat(kinds).containsExactly("salutation", "body", "quote", "closing");
    JsonNode body = statement.get("paragraphs").get(1);
    assertThat(names(body)).containsExactly("kind", "text", "citations", "quotations");
    JsonNode citation = body.get("citations").get(0);
    assertThat(names(citation)).containsExactly("type", "text", "start", "end", "target");
    assertThat(citation.get("start").intValue()).isEqualTo(125);
    assertThat(citation.get("end").intValue()).isEqualTo(134);
    assertThat(
            body.get("text")
                .stringValue()
                .substring(citation.get("start").intValue(), citation.get("end").intValue()))
        .isEqualTo(citation.get("text").stringValue());
    assertThat(body.get("quotations").isArray() && body.get("quotations").isEmpty())
        .as("an empty list is [], never null")
        .isTrue();
    JsonNode quote = statement.get("paragraphs").get(2);
    assertThat(quote.get("citations").get(0).get("type").stringValue())
        .isEqualTo("charter_article");
    assertThat(names(quote.get("quotations").get(0))).containsExactly("start", "end", "speaker");
    assertThat(proceedings.get(5).get("language").isNull()).isTrue();

    JsonNode vote = proceedings.get(6);
    assertThat(names(vote))
        .containsExactly(
            "type",
            "method",
            "draft",
            "inFavour",
            "against",
            "abstaining",
            "totals",
            "outcome",
            "resolution");
    assertThat(vote.get("method").stringValue()).isEqualTo("show_of_hands");
    assertThat(vote.get("totals").isNull()).as("no totals printed").isTrue();
    assertThat(vote.get("against").isArray() && vote.get("against").isEmpty()).isTrue();
    assertThat(vote.get("resolution").stringValue()).isEqualTo("S/RES/2505 (2020)");
    JsonNode rejected = proceedings.get(7);
    assertThat(rejected.get("outcome").stringValue()).isEqualTo("not_adopted");
    assertThat(rejected.get("method").stringValue()).isEqualTo("recorded");
    assertThat(rejected.get("draft").isNull()).isTrue();
    assertThat(proceedings.get(8).get("paragraphs").isEmpty()).isTrue();
    JsonNode totals = proceedings.get(9).get("totals");
    assertThat(names(totals)).containsExactly("inFavour", "against", "abstaining");
    assertThat(totals.toString()).isEqualTo("{\"inFavour\":121,\"against\":5,\"abstaining\":3}");
    assertThat(proceedings.get(9).get("resolution").stringValue()).isEqualTo("A/RES/64/290");
    JsonNode decided = proceedings.get(10);
    assertThat(decided.get("method").stringValue()).isEqualTo("without_vote");
    assertThat(decided.get("inFavour").isEmpty()).isTrue();
    assertThat(decided.get("totals").isNull()).isTrue();
    assertThat(decided.get("resolution").stringValue()).isEqualTo("A/DEC/76/423");

    JsonNode source = root.get("source");
    assertThat(names(source))
        .containsExactly("path", "length", "sha256", "format", "charset", "undebateVersion");
    assertThat(source.get("path").stringValue()).isEqualTo("corpus/sc/S_PV.8700.txt");
    assertThat(source.get("length").longValue()).isEqualTo(61_440);
    assertThat(source.get("format").stringValue()).isEqualTo("text");
    assertThat(source.get("charset").stringValue()).isEqualTo("UTF-8");

    JsonNode diagnostic = root.get("diagnostics").get(0);
    assertThat(names(diagnostic)).containsExactly("severity", "code", "line", "message", "excerpt");
    assertThat(diagnostic.get("severity").stringValue()).isEqualTo("info");

    assertThat(DebateJson.create().read(text)).as("reads back").isEqualTo(d);
  }

  @Test
  void aModelWithNothingSetWritesNullsAndEmptyLists() {
    Debate empty = Debate.builder().build();
    String text = DebateJson.create().write(empty);
    assertThat(Schemas.jsonProblems(text)).isEmpty();
    JsonNode root = MAPPER.readTree(text);
    for (String key :
        List.of("symbol", "body", "meetingNumber", "date", "title", "location", "president")) {
      assertThat(root.get(key).isNull()).as(key + " is null when absent").isTrue();
    }
    for (String key : List.of("members", "agenda", "speakers", "proceedings", "diagnostics")) {
      assertThat(root.get(key).isArray() && root.get(key).isEmpty())
          .as(key + " is [] when empty")
          .isTrue();
    }
    assertThat(root.get("kind").stringValue()).isEqualTo("other");
    assertThat(DebateJson.create().read(text)).isEqualTo(empty);
  }

  @Test
  void thePublishedSchemaIsTheShippedResource() throws IOException {
    JsonNode schema = MAPPER.readTree(DebateJson.jsonSchema());
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required").toString()).contains("\"proceedings\"");
  }

  private static List<String> names(JsonNode node) {
    return new ArrayList<>(node.propertyNames());
  }

  /** Every object's keys in order, depth first, so two trees can be compared for order. */
  private static List<String> keyOrder(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, "$", out);
    return out;
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      out.add(path + " " + names(node));
      for (String k : names(node)) {
        collect(node.get(k), path + "." + k, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    }
  }
}
