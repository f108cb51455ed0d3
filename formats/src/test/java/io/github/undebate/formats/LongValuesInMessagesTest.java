package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message never repeats unbounded input (issue 18: a 100 MB XML {@code kind=} gave a message of
 * 104,857,724 characters, a 60 MiB JSON {@code "kind"} one of 62.9 million): every value a message
 * quotes is cut to its first hundred characters, with its length.
 */
class LongValuesInMessagesTest {
  private static final int LONG = 1_000_000;
  private static final String X = "x".repeat(LONG);
  private static final DebateJson JSON = DebateJson.create();
  private static final DebateXml XML = DebateXml.create();

  private static String message(Runnable read) {
    Throwable e = catchThrowable(read::run);
    assertThat(e).isInstanceOf(DebateFormatException.class);
    assertThat(e.getMessage()).as("the message").hasSizeLessThan(1_000);
    return e.getMessage();
  }

  private static String json(java.util.function.Consumer<ObjectNode> edit) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(JSON.write(Samples.everyField()));
    edit.accept(root);
    return root.toString();
  }

  @Test
  void jsonValuesAreCut() {
    assertThat(message(() -> JSON.read(json(r -> r.put("kind", X)))))
        .startsWith("$.kind: unknown value \"xxxx")
        .contains("\u2026\" (1000000 characters), expected one of verbatim_record");
    assertThat(message(() -> JSON.read(json(r -> r.put("schema", X)))))
        .contains("unsupported schema \"xxx");
    assertThat(message(() -> JSON.read(json(r -> r.put("date", X))))).contains("an ISO date");
    assertThat(message(() -> JSON.read(json(r -> r.put("president", X)))))
        .contains("is not the id of one of the speakers");
    assertThat(
            message(
                () ->
                    JSON.read(
                        json(
                            r ->
                                r.put(
                                    "meetingNumber", new java.math.BigInteger("9".repeat(900)))))))
        .contains("integer out of range: 999");
    // an unknown key in the path of a malformed document
    String key = "k".repeat(40_000);
    assertThat(message(() -> JSON.read("{\"" + key + "\": [}"))).startsWith("$.kkkk");
  }

  @Test
  void xmlValuesAreCut() {
    String xml = XML.write(Samples.everyField());
    assertThat(
            message(() -> XML.read(xml.replace("kind=\"verbatim_record\"", "kind=\"" + X + "\""))))
        .startsWith("/debate/@kind: unknown value \"xxx")
        .contains("(1000000 characters)");
    assertThat(message(() -> XML.read(xml.replace("start=\"125\"", "start=\"" + X + "\""))))
        .contains("must be an integer, was \"xxx");
    assertThat(message(() -> XML.read(xml.replace("<date>2020-01-10<", "<date>" + X + "<"))))
        .contains("an ISO date");
    assertThat(message(() -> XML.read(xml.replace(DebateXml.NAMESPACE, "urn:" + "x".repeat(990)))))
        .contains("must be in the namespace")
        .as("the JDK's parser refuses a namespace name over 1,000 characters itself")
        .contains("was urn:xxx");
  }

  @Test
  void aCitedTextThatDoesNotMatchIsCutInBothFormats() {
    String text = "y".repeat(LONG) + " S/2020/24.";
    Debate d =
        Debate.builder()
            .addSpeaker(Speaker.builder("sp1").raw("Mr. X").build())
            .addProceeding(
                new Statement(
                    "sp1",
                    Optional.empty(),
                    List.of(
                        new Paragraph(
                            io.github.undebate.core.ParagraphKind.BODY,
                            text,
                            List.of(
                                new io.github.undebate.core.Citation(
                                    io.github.undebate.core.CitationType.DOCUMENT,
                                    text.substring(0, LONG),
                                    0,
                                    LONG,
                                    "S/2020/24")),
                            List.of()))))
            .build();
    String json = JSON.write(d).replace("\"start\" : 0", "\"start\" : 1");
    assertThat(message(() -> JSON.read(json))).contains("must equal the paragraph's text at 1..");
    String xml = XML.write(d).replace("start=\"0\"", "start=\"1\"");
    assertThat(message(() -> XML.read(xml))).contains("must equal the paragraph's text at 1..");
  }
}
