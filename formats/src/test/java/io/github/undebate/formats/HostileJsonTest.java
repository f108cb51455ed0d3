package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Corrupt or hostile JSON gives a {@link DebateFormatException} that names the JSONPath of the
 * offending value, never a half-built model, and stays fast.
 */
class HostileJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DebateJson JSON = DebateJson.create();

  /** The sample written as JSON, changed by {@code edit}. */
  private static String edited(java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.write(Samples.everyField()));
    edit.accept(root);
    return root.toString();
  }

  private static ObjectNode at(JsonNode root, String... steps) {
    JsonNode node = root;
    for (String step : steps) {
      node = step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
    }
    return (ObjectNode) node;
  }

  private static void failsAt(String json, String path, String words) {
    assertThatThrownBy(() -> JSON.read(json))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(words)
        .satisfies(e -> assertThat(((DebateFormatException) e).path()).isEqualTo(path));
  }

  @Test
  void aCitationWhoseOffsetsDoNotMatchItsParagraphIsNamed() {
    failsAt(
        edited(r -> at(r, "proceedings", "4", "paragraphs", "1", "citations", "0").put("start", 3)),
        "$.proceedings[4].paragraphs[1].citations[0].text",
        "must equal the paragraph's text at 3..134");
    failsAt(
        edited(r -> at(r, "proceedings", "4", "paragraphs", "1", "citations", "0").put("end", 999)),
        "$.proceedings[4].paragraphs[1].citations[0].end",
        "must lie between start 125 and the text's length 135");
    failsAt(
        edited(
            r -> at(r, "proceedings", "4", "paragraphs", "1", "citations", "0").put("start", -1)),
        "$.proceedings[4].paragraphs[1].citations[0].start",
        "was -1");
    failsAt(
        edited(
            r ->
                at(r, "proceedings", "4", "paragraphs", "2", "quotations", "0").put("end", 100000)),
        "$.proceedings[4].paragraphs[2].quotations[0].end",
        "within the text's length");
  }

  @Test
  void wrongTypesAreNamedWithWhatWasExpected() {
    failsAt(
        edited(r -> r.put("meetingNumber", "8700")),
        "$.meetingNumber",
        "must be an integer, was string \"8700\"");
    failsAt(edited(r -> r.put("meetingNumber", 8700.5)), "$.meetingNumber", "must be an integer");
    failsAt(edited(r -> r.put("meetingNumber", 99999999999L)), "$.meetingNumber", "out of range");
    failsAt(edited(r -> r.put("meetingNumber", 0)), "$.meetingNumber", "must be positive");
    failsAt(edited(r -> r.put("speakers", "sp1")), "$.speakers", "must be an array");
    failsAt(edited(r -> r.putNull("proceedings")), "$.proceedings", "lists are never null");
    failsAt(
        edited(r -> at(r, "speakers", "1").put("name", 42)),
        "$.speakers[1].name",
        "must be a string, was number 42");
    failsAt(
        edited(r -> at(r, "speakers", "1").put("name", "  ")),
        "$.speakers[1].name",
        "must not be blank");
    failsAt(edited(r -> r.put("provisional", "yes")), "$.provisional", "must be a boolean");
    failsAt(edited(r -> r.put("date", "10 January 2020")), "$.date", "an ISO date");
    failsAt(
        edited(r -> ((ArrayNode) r.get("proceedings")).set(0, r.stringNode("note"))),
        "$.proceedings[0]",
        "must be an object");
    failsAt("[1, 2]", "$", "must be an object");
  }

  @Test
  void unknownEnumValuesListWhatIsKnown() {
    failsAt(
        edited(r -> r.put("kind", "VerbatimRecord")),
        "$.kind",
        "unknown value \"VerbatimRecord\", expected one of verbatim_record, statement,"
            + " press_release, other");
    failsAt(
        edited(r -> at(r, "proceedings", "6").put("outcome", "vetoed")),
        "$.proceedings[6].outcome",
        "expected one of adopted, not_adopted");
    failsAt(
        edited(r -> at(r, "proceedings", "0").put("type", "speech")),
        "$.proceedings[0].type",
        "unknown proceeding type \"speech\"");
    failsAt(edited(r -> r.put("schema", "undebate/2")), "$.schema", "unsupported schema");
  }

  @Test
  void missingKeysAndDanglingReferencesAreNamed() {
    failsAt(edited(r -> at(r, "speakers", "0").remove("raw")), "$.speakers[0].raw", "is missing");
    failsAt(
        edited(r -> at(r, "proceedings", "4").put("speaker", "sp9")),
        "$.proceedings[4].speaker",
        "\"sp9\" is not the id of one of the speakers");
    failsAt(edited(r -> r.put("president", "sp9")), "$.president", "is not the id");
    failsAt(
        edited(r -> at(r, "speakers", "1").put("id", "sp1")),
        "$.speakers[1].id",
        "repeats an earlier speaker's");
    failsAt(
        edited(r -> at(r, "speakers", "2").put("countryCode", "FR")),
        "$.speakers[2].countryCode",
        "needs a country");
    failsAt(
        edited(r -> at(r, "proceedings", "4").put("language", "rus")),
        "$.proceedings[4].language",
        "ISO 639-1");
  }

  @Test
  void malformedJsonNamesWhereItBroke() {
    String json = JSON.write(Samples.everyField());
    String truncated = json.substring(0, json.indexOf("\"paragraphs\"") + 20);
    assertThatThrownBy(() -> JSON.read(truncated))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("not well-formed JSON")
        .hasMessageContaining("line ");
    assertThatThrownBy(() -> JSON.read(json + " {}"))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("not well-formed JSON");
    assertThatThrownBy(() -> JSON.read("{\"schema\": \"undebate/1\", \"schema\": \"x\"}"))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> JSON.read(""))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aRepeatedKeyFailsWhereverItIsEvenInValuesNeverUsed() {
    String json = JSON.write(Samples.everyField());
    String[] hidden = {
      // an unknown key's value, at the root and deep inside
      json.replaceFirst("\\{", "{\"future\": {\"a\": 1, \"a\": 2},"),
      json.replaceFirst("\\{", "{\"future\": [[{\"b\": {\"a\": 1, \"a\": [2]}}]],"),
      // keys that a statement's kind of proceeding does not use
      json.replaceFirst(
          "\"type\" : \"statement\",",
          "\"type\": \"statement\", \"inFavour\": {\"x\": 1, \"x\": 1},"),
      // an unknown key that repeats
      json.replaceFirst("\\{", "{\"future\": 1, \"future\": 2,"),
    };
    for (String doc : hidden) {
      assertThat(doc).isNotEqualTo(json);
      assertThatThrownBy(() -> JSON.read(doc))
          .isInstanceOf(DebateFormatException.class)
          .hasMessageContaining("Duplicate Object property");
      String fromString = catchThrowable(() -> JSON.read(doc)).getMessage();
      assertThat(catchThrowable(() -> JSON.read(new StringReader(doc))).getMessage())
          .isEqualTo(fromString);
    }
  }

  @Test
  void deepNestingStopsAtTheLimitQuickly() {
    String deep = "{\"schema\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    long start = System.nanoTime();
    assertThatThrownBy(() -> JSON.read(deep))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("breaches a reading limit")
        .hasMessageContaining("nesting depth")
        .hasMessageContaining(Integer.toString(DebateJson.DEFAULT_MAX_NESTING_DEPTH));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void hugeStringsAndDocumentsStopAtTheirLimits() {
    DebateJson strict =
        DebateJson.builder().maxStringLength(1_000).maxDocumentLength(100_000).build();
    String longTitle = edited(r -> r.put("title", "x".repeat(5_000)));
    assertThatThrownBy(() -> strict.read(longTitle))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("breaches a reading limit")
        .hasMessageContaining("String value length")
        .hasMessageStartingWith("$.title");
    assertThat(JSON.read(longTitle).title()).hasValue("x".repeat(5_000));

    // An endless stream of whitespace stops at the document limit, from a reader and from bytes.
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, ' ');
            return length;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> strict.read(endless))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("Document length");
    byte[] big = ("{\"x\": \"" + "y".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> strict.read(new ByteArrayInputStream(big)))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("breaches a reading limit");
  }

  @Test
  void limitsBelowWhatADebateNeedsAreRefusedAtBuildTime() {
    assertThatThrownBy(() -> DebateJson.builder().maxNestingDepth(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth must be >= 8");
    assertThatThrownBy(() -> DebateJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownKeysAreIgnoredAsTheContractAllowsAdditions() {
    String json = edited(r -> r.put("futureField", "whatever"));
    assertThat(JSON.read(json)).isEqualTo(Samples.everyField());
    assertThat(JSON.read(new StringReader(json))).isEqualTo(Samples.everyField());
  }

  @Test
  void keyAndNumberLengthLimitsCanBeRaisedAsTheMessageSays() {
    String longKey = edited(r -> r.put("k".repeat(60_000), 1));
    assertThatThrownBy(() -> JSON.read(longKey))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("breaches a reading limit (raise it with DebateJson.builder())")
        .hasMessageContaining("Name length");
    DebateJson longKeys = DebateJson.builder().maxNameLength(100_000).build();
    assertThat(longKeys.read(longKey)).isEqualTo(Samples.everyField());
    assertThat(longKeys.toBuilder().build().read(longKey)).isEqualTo(Samples.everyField());

    String longNumber = edited(r -> r.put("future", new java.math.BigInteger("9".repeat(2_000))));
    assertThatThrownBy(() -> JSON.read(longNumber))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("breaches a reading limit (raise it with DebateJson.builder())")
        .hasMessageContaining("Number value length");
    assertThat(DebateJson.builder().maxNumberLength(5_000).build().read(longNumber))
        .isEqualTo(Samples.everyField());
    assertThatThrownBy(() -> DebateJson.builder().maxNameLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DebateJson.builder().maxNumberLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
