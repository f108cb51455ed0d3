package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteTotals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's additions for issues 16 and 19 in both formats: {@code vote.totals}, {@code
 * vote.method: without_vote} and a record's {@code source}. They round-trip, their outputs validate
 * against both schemas, outputs of before (without them) still read, and broken values are refused
 * at their path, by the reader and by the schema alike.
 */
class DecisionsAndSourceTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DebateJson JSON = DebateJson.create();
  private static final DebateXml XML = DebateXml.create();

  /** In {@link Samples#everyField()}: the vote with totals, and the decision without a vote. */
  private static final int TOTALS = 9;

  private static final int DECIDED = 10;

  private static String edited(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.write(Samples.everyField()));
    edit.accept(root);
    return root.toString();
  }

  private static ObjectNode proceeding(JsonNode root, int i) {
    return (ObjectNode) root.get("proceedings").get(i);
  }

  private static void jsonFailsAt(String json, String path, String message) {
    assertThatThrownBy(() -> JSON.read(json))
        .isInstanceOf(DebateFormatException.class)
        .hasMessage(path + ": " + message)
        .satisfies(e -> assertThat(((DebateFormatException) e).path()).isEqualTo(path));
  }

  private static void xmlFailsAt(String xml, String path, String message) {
    assertThatThrownBy(() -> XML.read(xml))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith(path + ": " + message)
        .satisfies(e -> assertThat(((DebateFormatException) e).path()).isEqualTo(path));
  }

  // ---- what they look like ----

  @Test
  void jsonWritesTotalsAndTheSourceAndReadsThemBack() {
    Debate d = Samples.everyField();
    String json = DebateJson.builder().pretty(false).build().write(d);
    assertThat(json)
        .contains(
            "{\"type\":\"vote\",\"method\":\"recorded\",\"draft\":\"A/64/L.47\",\"inFavour\":[],"
                + "\"against\":[],\"abstaining\":[],"
                + "\"totals\":{\"inFavour\":121,\"against\":5,\"abstaining\":3},"
                + "\"outcome\":\"adopted\",\"resolution\":\"A/RES/64/290\"}")
        .contains(
            "{\"type\":\"vote\",\"method\":\"without_vote\",\"draft\":null,\"inFavour\":[],"
                + "\"against\":[],\"abstaining\":[],\"totals\":null,"
                + "\"outcome\":\"adopted\",\"resolution\":\"A/DEC/76/423\"}")
        .endsWith(
            ",\"source\":{\"path\":\"corpus/sc/S_PV.8700.txt\",\"length\":61440,"
                + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
                + "\"format\":\"text\",\"charset\":\"UTF-8\",\"undebateVersion\":\"0.1.0\"}}");
    assertThat(Schemas.jsonProblems(json)).isEmpty();
    assertThat(JSON.read(json)).isEqualTo(d);
  }

  @Test
  void xmlWritesTotalsAsAttributesAndTheSourceLastAndReadsThemBack() {
    Debate d = Samples.everyField();
    String xml = DebateXml.builder().pretty(false).build().write(d);
    assertThat(xml)
        .contains(
            "<vote method=\"recorded\" outcome=\"adopted\"><draft>A/64/L.47</draft><inFavour/>"
                + "<against/><abstaining/><totals inFavour=\"121\" against=\"5\" abstaining=\"3\"/>"
                + "<resolution>A/RES/64/290</resolution></vote>")
        .contains(
            "<vote method=\"without_vote\" outcome=\"adopted\"><inFavour/><against/><abstaining/>"
                + "<resolution>A/DEC/76/423</resolution></vote>")
        .endsWith(
            "</diagnostics><source length=\"61440\" format=\"text\">"
                + "<path>corpus/sc/S_PV.8700.txt</path>"
                + "<sha256>9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</sha256>"
                + "<charset>UTF-8</charset><undebateVersion>0.1.0</undebateVersion></source>"
                + "</debate>");
    assertThat(Schemas.nativeXmlProblem(xml)).isNull();
    assertThat(XML.read(xml)).isEqualTo(d);
  }

  @Test
  void withoutThemBothFormatsStillValidate() {
    Debate d = Samples.everyField().toBuilder().source(null).build();
    String json = JSON.write(d);
    assertThat(MAPPER.readTree(json).get("source").isNull()).isTrue();
    assertThat(Schemas.jsonProblems(json)).isEmpty();
    String xml = XML.write(d);
    assertThat(xml).doesNotContain("<source");
    assertThat(Schemas.nativeXmlProblem(xml)).isNull();
    assertThat(XML.read(xml)).isEqualTo(d);
  }

  // ---- outputs of before ----

  @Test
  void anOutputOfBeforeTheAdditionsReadsAndValidates() throws IOException {
    String old;
    try (InputStream in =
        getClass().getResourceAsStream("/compat/belarus-csto-statement-0.1.json")) {
      old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(old).doesNotContain("\"source\"");
    assertThat(Schemas.jsonProblems(old)).isEmpty();
    Debate d = JSON.read(old);
    assertThat(d.source()).isEmpty();
    assertThat(d.speakers()).hasSize(1);
    // Written again, it differs only by the key it did not have.
    ObjectNode again = (ObjectNode) MAPPER.readTree(JSON.write(d));
    assertThat(again.remove("source").isNull()).isTrue();
    assertThat(again).isEqualTo(MAPPER.readTree(old));
  }

  @Test
  void aVoteOfBeforeWithoutTotalsReadsInBothFormats() {
    String json =
        edited(
            r -> {
              r.remove("source");
              for (JsonNode p : r.get("proceedings")) {
                ((ObjectNode) p).remove("totals");
              }
              r.withArray("proceedings").remove(DECIDED);
              r.withArray("proceedings").remove(TOTALS);
            });
    Debate d = JSON.read(json);
    assertThat(d.source()).isEmpty();
    assertThat(d.proceedings().get(6).asVote().orElseThrow().totals()).isEmpty();
    String xml =
        "<debate xmlns=\""
            + DebateXml.NAMESPACE
            + "\" schema=\"undebate/1\" kind=\"verbatim_record\" provisional=\"false\">"
            + "<members/><agenda/><speakers/><proceedings>"
            + "<vote method=\"show_of_hands\" outcome=\"adopted\"><draft>S/2020/27</draft>"
            + "<inFavour><country>Belgium</country></inFavour><against/><abstaining/>"
            + "<resolution>S/RES/2505 (2020)</resolution></vote>"
            + "</proceedings><diagnostics/></debate>";
    assertThat(Schemas.nativeXmlProblem(xml)).isNull();
    Vote v = XML.read(xml).proceedings().get(0).asVote().orElseThrow();
    assertThat(v.totals()).isEmpty();
    assertThat(v.inFavour()).containsExactly("Belgium");
  }

  // ---- refused ----

  @Test
  void invalidTotalsAreRefusedInJsonAtTheirPath() {
    String at = "$.proceedings[" + TOTALS + "].totals";
    String negative =
        edited(r -> ((ObjectNode) proceeding(r, TOTALS).get("totals")).put("against", -5));
    jsonFailsAt(negative, at + ".against", "must not be negative, was -5");
    assertThat(Schemas.jsonProblems(negative)).as("the JSON Schema refuses it too").isNotEmpty();
    jsonFailsAt(
        edited(r -> ((ObjectNode) proceeding(r, TOTALS).get("totals")).put("inFavour", "121")),
        at + ".inFavour",
        "must be an integer, was string \"121\"");
    jsonFailsAt(
        edited(r -> ((ObjectNode) proceeding(r, TOTALS).get("totals")).put("abstaining", 1L << 40)),
        at + ".abstaining",
        "integer out of range: 1099511627776");
    jsonFailsAt(
        edited(r -> ((ObjectNode) proceeding(r, TOTALS).get("totals")).remove("against")),
        at + ".against",
        "is missing");
    jsonFailsAt(
        edited(r -> proceeding(r, TOTALS).putArray("totals").add(121)),
        at,
        "must be an object or null, was an array");
  }

  @Test
  void aDecisionWithoutAVoteHasNoCountriesAndNoTotalsInJson() {
    String at = "$.proceedings[" + DECIDED + "]";
    jsonFailsAt(
        edited(r -> proceeding(r, DECIDED).withArray("against").add("Israel")),
        at + ".against",
        "must be empty: the decision was taken without a vote");
    jsonFailsAt(
        edited(
            r ->
                proceeding(r, DECIDED)
                    .putObject("totals")
                    .put("inFavour", 1)
                    .put("against", 0)
                    .put("abstaining", 0)),
        at + ".totals",
        "must be null: the decision was taken without a vote");
    jsonFailsAt(
        edited(r -> proceeding(r, DECIDED).put("method", "consensus")),
        at + ".method",
        "unknown value \"consensus\", expected one of show_of_hands, recorded, roll_call,"
            + " secret_ballot, other, without_vote");
  }

  @Test
  void anInvalidSourceIsRefusedInJsonAtItsPath() {
    jsonFailsAt(
        edited(r -> ((ObjectNode) r.get("source")).put("length", -1)),
        "$.source.length",
        "must not be negative, was -1");
    jsonFailsAt(
        edited(r -> ((ObjectNode) r.get("source")).put("length", "61440")),
        "$.source.length",
        "must be an integer, was string \"61440\"");
    jsonFailsAt(
        edited(
            r ->
                ((ObjectNode) r.get("source"))
                    .put("length", new java.math.BigInteger("9".repeat(20)))),
        "$.source.length",
        "integer out of range: 99999999999999999999");
    String upper = edited(r -> ((ObjectNode) r.get("source")).put("sha256", "9F86D081"));
    jsonFailsAt(
        upper, "$.source.sha256", "must be 64 lower-case hexadecimal digits, was \"9F86D081\"");
    assertThat(Schemas.jsonProblems(upper)).isNotEmpty();
    jsonFailsAt(
        edited(r -> ((ObjectNode) r.get("source")).put("format", "docx")),
        "$.source.format",
        "unknown value \"docx\", expected one of text, html, pdf");
    jsonFailsAt(
        edited(r -> ((ObjectNode) r.get("source")).remove("undebateVersion")),
        "$.source.undebateVersion",
        "is missing");
    jsonFailsAt(
        edited(r -> r.put("source", "corpus/sc/S_PV.8700.txt")),
        "$.source",
        "must be an object or null, was string \"corpus/sc/S_PV.8700.txt\"");
    // A length beyond an int is a length all the same.
    Debate big =
        JSON.read(edited(r -> ((ObjectNode) r.get("source")).put("length", 5_000_000_000L)));
    assertThat(big.source().orElseThrow().length()).isEqualTo(5_000_000_000L);
  }

  @Test
  void invalidTotalsAndSourcesAreRefusedInXmlAtTheirPath() {
    String xml = DebateXml.builder().pretty(false).build().write(Samples.everyField());
    String negative = xml.replace("against=\"5\"", "against=\"-5\"");
    xmlFailsAt(
        negative, "/debate/proceedings/vote[3]/totals/@against", "must not be negative, was -5");
    assertThat(Schemas.nativeXmlProblem(negative)).as("the XSD refuses it too").isNotNull();
    xmlFailsAt(
        xml.replace("against=\"5\"", "against=\"five\""),
        "/debate/proceedings/vote[3]/totals/@against",
        "must be an integer, was \"five\"");
    xmlFailsAt(
        xml.replace(
            "<against/><abstaining/><resolution>A/DEC",
            "<against><country>Israel</country></against><abstaining/><resolution>A/DEC"),
        "/debate/proceedings/vote[4]/against",
        "must be empty: the decision was taken without a vote");
    xmlFailsAt(
        xml.replace(
            "<abstaining/><resolution>A/DEC",
            "<abstaining/><totals inFavour=\"1\" against=\"0\" abstaining=\"0\"/><resolution>A/DEC"),
        "/debate/proceedings/vote[4]/totals",
        "must be missing: the decision was taken without a vote");
    xmlFailsAt(
        xml.replace("length=\"61440\"", "length=\"-1\""),
        "/debate/source/@length",
        "must not be negative, was -1");
    xmlFailsAt(
        xml.replace("<sha256>9f86", "<sha256>9F86"),
        "/debate/source/sha256",
        "must be 64 lower-case hexadecimal digits");
    xmlFailsAt(
        xml.replace("format=\"text\"", "format=\"docx\""),
        "/debate/source/@format",
        "unknown value \"docx\", expected one of text, html, pdf");
  }

  @Test
  void theModelsOwnRulesHoldForWhatTheReadersBuild() {
    VoteTotals t =
        JSON.read(JSON.write(Samples.everyField()))
            .proceedings()
            .get(TOTALS)
            .asVote()
            .orElseThrow()
            .totals()
            .orElseThrow();
    assertThat(t).isEqualTo(new VoteTotals(121, 5, 3));
    assertThat(
            JSON.read(JSON.write(Samples.everyField()))
                .proceedings()
                .get(DECIDED)
                .asVote()
                .orElseThrow()
                .method())
        .isEqualTo(VoteMethod.WITHOUT_VOTE);
  }
}
