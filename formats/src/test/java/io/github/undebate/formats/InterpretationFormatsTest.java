package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A statement's interpretation in another language (issue 16) in every format: JSON and native XML
 * write it and read it back, both schemas accept it, a statement without one is written as before
 * (no key, no element), and Akoma Ntoso and HTML keep it inside the same speech, marked.
 */
class InterpretationFormatsTest {
  private static final DebateJson JSON = DebateJson.builder().pretty(false).build();
  private static final DebateXml XML = DebateXml.builder().pretty(false).build();

  // English: ungdc-sample/UNGDC_BEL_01_1946.txt, first paragraph; French:
  // delivered/gadebate2024_sn_fr.txt. The corpus has no bilingual record; these stand for one.
  private static final String ENGLISH =
      "The principal organs of the United Nations have now been functioning for nearly nine"
          + " months.";
  private static final String FRENCH =
      "Le Sénégal renouvelle son plein soutien à sa mission en ces temps de grandes turbulences"
          + " mondiales.";

  private static Debate debate(List<Interpretation> interpretations) {
    return Debate.builder()
        .kind(RecordKind.VERBATIM_RECORD)
        .addSpeaker(
            Speaker.builder("sp1")
                .name("Spaak")
                .honorific("Mr.")
                .country("Belgium", "BE")
                .role(SpeakerRole.REPRESENTATIVE)
                .raw("Mr. SPAAK (Belgium)")
                .build())
        .addProceeding(
            new Statement(
                "sp1", Optional.empty(), List.of(Paragraph.body(ENGLISH)), interpretations))
        .build();
  }

  private static Debate interpreted() {
    return debate(List.of(new Interpretation("fr", List.of(Paragraph.body(FRENCH)))));
  }

  @Test
  void jsonWritesTheInterpretationAfterTheParagraphsAndReadsItBack() {
    Debate d = interpreted();
    String json = JSON.write(d);
    assertThat(json)
        .contains(
            "\"paragraphs\":[{\"kind\":\"body\",\"text\":\""
                + ENGLISH
                + "\",\"citations\":[],\"quotations\":[]}],"
                + "\"interpretations\":[{\"language\":\"fr\",\"paragraphs\":[{\"kind\":\"body\","
                + "\"text\":\""
                + FRENCH
                + "\",\"citations\":[],\"quotations\":[]}]}]}");
    assertThat(Schemas.jsonProblems(json)).isEmpty();
    assertThat(JSON.read(json)).isEqualTo(d);
  }

  @Test
  void xmlWritesTheInterpretationAsAnElementOfTheStatementAndReadsItBack() {
    Debate d = interpreted();
    String xml = XML.write(d);
    assertThat(xml)
        .contains(
            "<interpretation language=\"fr\"><paragraph kind=\"body\"><text>"
                + FRENCH
                + "</text></paragraph></interpretation></statement>");
    assertThat(Schemas.nativeXmlProblem(xml)).isNull();
    assertThat(XML.read(xml)).isEqualTo(d);
  }

  @Test
  void aStatementWithoutOneIsWrittenAsBefore() {
    Debate d = debate(List.of());
    String json = JSON.write(d);
    assertThat(json).doesNotContain("interpretation");
    assertThat(XML.write(d)).doesNotContain("interpretation");
    // an empty list, which no writer makes, reads as none
    assertThat(
            JSON.read(
                json.replace(
                    "\"quotations\":[]}]}", "\"quotations\":[]}],\"interpretations\":[]}")))
        .isEqualTo(d);
  }

  @Test
  void anInterpretationWithoutParagraphsOrWithABadLanguageIsRefusedAtItsPath() {
    String json = JSON.write(interpreted());
    String empty =
        json.replace(
            "\"paragraphs\":[{\"kind\":\"body\",\"text\":\""
                + FRENCH
                + "\",\"citations\":[],\"quotations\":[]}]",
            "\"paragraphs\":[]");
    assertThat(empty).isNotEqualTo(json);
    assertThat(Schemas.jsonProblems(empty)).isNotEmpty();
    assertThatThrownBy(() -> JSON.read(empty))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith(
            "$.proceedings[0].interpretations[0].paragraphs: must not be empty");
    String french = json.replace("\"language\":\"fr\"", "\"language\":\"French\"");
    assertThat(Schemas.jsonProblems(french)).isNotEmpty();
    assertThatThrownBy(() -> JSON.read(french))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith(
            "$.proceedings[0].interpretations[0].language: must be an ISO 639-1");
    String xml = XML.write(interpreted()).replace("language=\"fr\"", "language=\"FR\"");
    assertThat(Schemas.nativeXmlProblem(xml)).isNotNull();
    assertThatThrownBy(() -> XML.read(xml)).isInstanceOf(DebateFormatException.class);
  }

  @Test
  void akomaNtosoKeepsItInTheSameSpeechMarkedByClassAndLanguage() {
    String akn = AkomaNtoso.create().write(interpreted());
    assertThat(Schemas.aknProblem(akn)).isNull();
    assertThat(akn).containsOnlyOnce("<speech ");
    assertThat(akn).contains("<p class=\"interpretation\" xml:lang=\"fr\">" + FRENCH + "</p>");
    assertThat(akn.indexOf(ENGLISH)).isLessThan(akn.indexOf(FRENCH));
  }

  @Test
  void htmlShowsItUnderTheSpeechInItsLanguage() {
    String html = DebateHtml.create().write(interpreted());
    assertThat(html).containsOnlyOnce("class=\"turn\"");
    assertThat(html).contains("<div class=\"interpretation\" lang=\"fr\">");
    assertThat(html.indexOf(ENGLISH)).isLessThan(html.indexOf(FRENCH));
  }
}
