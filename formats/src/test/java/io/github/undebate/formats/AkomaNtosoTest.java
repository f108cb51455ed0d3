package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@link AkomaNtoso} writes a {@code <debate>} that the official OASIS schema accepts, with the
 * structure the standard gives debates: FRBR identification, references for every speaker and
 * country, a section per agenda heading, speeches by reference, narratives, votes and citations.
 */
class AkomaNtosoTest {

  private static final String AKN = AkomaNtoso.NAMESPACE;

  @Test
  void theValidatorAcceptsTheStandardsOwnExampleAndRefusesABrokenOne() throws IOException {
    String example;
    try (InputStream in = getClass().getResourceAsStream("/akn/example-ke-debate-2011-06-10.xml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Schemas.aknProblem(example)).as("the OASIS example is valid").isNull();
    assertThat(Schemas.aknProblem(example.replace("<debateBody>", "<debateBody><speech/>")))
        .as("a speech without a speaker is not")
        .isNotNull();
  }

  @Test
  void aFullMeetingValidatesAndHasTheDebateStructure() throws Exception {
    Debate d = Samples.everyField();
    String xml = AkomaNtoso.create().write(d);
    assertThat(Schemas.aknProblem(xml)).as("valid against akomantoso30.xsd").isNull();
    Document doc = parse(xml);
    XPath x = xpath();

    assertThat(x.evaluate("/a:akomaNtoso/a:debate/@name", doc)).isEqualTo("verbatim_record");
    assertThat(x.evaluate("//a:FRBRWork/a:FRBRthis/@value", doc))
        .isEqualTo("/akn/un/debate/sc/2020-01-10/S-PV-8700/!main");
    assertThat(x.evaluate("//a:FRBRWork/a:FRBRuri/@value", doc))
        .isEqualTo("/akn/un/debate/sc/2020-01-10/S-PV-8700");
    assertThat(x.evaluate("//a:FRBRWork/a:FRBRnumber/@value", doc)).isEqualTo("8700");
    assertThat(x.evaluate("//a:FRBRExpression/a:FRBRuri/@value", doc))
        .isEqualTo("/akn/un/debate/sc/2020-01-10/S-PV-8700/und@");
    assertThat(x.evaluate("//a:references/a:TLCOrganization[@eId='organ']/@showAs", doc))
        .isEqualTo("Security Council");

    // Every speaker is a TLCPerson, every country and organisation a TLCOrganization.
    assertThat(values(x, doc, "//a:references/a:TLCPerson/@eId"))
        .containsExactly("sp1", "sp2", "sp3");
    assertThat(values(x, doc, "//a:references/a:TLCOrganization/@showAs"))
        .contains("Viet Nam", "Russian Federation", "United Nations", "Belgium", "China");

    // A section per agenda heading, after the opening.
    assertThat(values(x, doc, "/a:akomaNtoso/a:debate/a:debateBody/a:debateSection/@name"))
        .containsExactly("opening", "agendaItem", "agendaItem");
    assertThat(values(x, doc, "//a:debateBody/a:debateSection/a:heading"))
        .containsExactly("Adoption of the agenda", "The situation in the Middle East");
    assertThat(values(x, doc, "//a:narrative"))
        .containsExactly("The meeting was called to order at 6.05 p.m.", "The agenda was adopted.");

    // Speeches by reference, with the label as printed and a paragraph per paragraph.
    assertThat(values(x, doc, "//a:speech/@by")).containsExactly("#sp2", "#sp3", "#sp1");
    assertThat(x.evaluate("//a:speech[@by='#sp2']/a:from", doc))
        .isEqualTo("Mr. Nebenzia (Russian Federation)");
    assertThat(x.evaluate("//a:speech[@by='#sp2']/@refersTo", doc))
        .isEqualTo("#" + x.evaluate("//a:TLCOrganization[@showAs='Russian Federation']/@eId", doc));
    assertThat(values(x, doc, "//a:speech[@by='#sp2']/a:p/@class"))
        .containsExactly("salutation", "body", "quote", "closing");
    assertThat(x.evaluate("//a:speech[@by='#sp2']/a:p[2]", doc)).isEqualTo(Samples.AMENDMENT);

    // Citations as references to the document.
    assertThat(x.evaluate("//a:ref[.='S/2020/24']/@href", doc))
        .isEqualTo("https://undocs.org/S/2020/24");
    assertThat(x.evaluate("//a:ref[.='Article 51']/@class", doc)).isEqualTo("charter_article");

    // Votes as sections, with the voting analysis pointing at them.
    assertThat(values(x, doc, "//a:debateSection[@name='vote']/a:heading"))
        .containsExactly("Vote on S/2020/27", "Vote", "Vote on A/64/L.47", "Decision");
    assertThat(
            values(
                x, doc, "//a:debateSection[@name='vote'][1]/a:p[@class='inFavour']/a:organization"))
        .containsExactly("Belgium", "China");
    assertThat(
            x.evaluate("//a:debateSection[@name='vote'][1]/a:p[@class='outcome']/a:ref/@href", doc))
        .isEqualTo("https://undocs.org/S/RES/2505(2020)");
    assertThat(values(x, doc, "//a:voting/@outcome"))
        .containsExactly("#adopted", "#notAdopted", "#adopted");
    assertThat(x.evaluate("//a:voting[1]/a:count[@refersTo='#inFavour']/@value", doc))
        .isEqualTo("2");
    assertThat(x.evaluate("//a:voting[1]/@href", doc))
        .isEqualTo("#" + x.evaluate("//a:debateSection[@name='vote'][1]/@eId", doc));
  }

  // Issue 16: "Draft resolution A/64/L.47 was adopted by 121 votes to 5, with 3 abstentions
  // (resolution 64/290)." and "It was so decided (decision 76/423)."
  @Test
  void totalsAreTheVotingsCountsAndADecisionWithoutAVoteHasNoVoting() throws Exception {
    String xml = AkomaNtoso.create().write(Samples.everyField());
    Document doc = parse(xml);
    XPath x = xpath();

    String third = x.evaluate("//a:debateSection[@name='vote'][3]/@eId", doc);
    String counted = "//a:voting[@href='#" + third + "']";
    assertThat(x.evaluate(counted + "/a:count[@refersTo='#inFavour']/@value", doc))
        .isEqualTo("121");
    assertThat(x.evaluate(counted + "/a:count[@refersTo='#against']/@value", doc)).isEqualTo("5");
    assertThat(x.evaluate(counted + "/a:count[@refersTo='#abstaining']/@value", doc))
        .isEqualTo("3");
    assertThat(x.evaluate("//a:debateSection[@name='vote'][3]/a:p[@class='totals']", doc))
        .isEqualTo("121 in favour, 5 against, 3 abstaining");
    assertThat(values(x, doc, "//a:debateSection[@name='vote'][3]/a:p/@class"))
        .as("no empty country lists beside printed totals")
        .containsExactly("totals", "outcome");

    String fourth = x.evaluate("//a:debateSection[@name='vote'][4]/@eId", doc);
    assertThat(values(x, doc, "//a:voting[@href='#" + fourth + "']"))
        .as("a decision without a vote has nothing to count")
        .isEmpty();
    assertThat(x.evaluate("//a:debateSection[@name='vote'][4]/a:p[@class='outcome']", doc))
        .isEqualTo("Adopted without a vote as decision A/DEC/76/423 (without_vote)");
    assertThat(
            x.evaluate(
                "//a:debateSection[@name='vote'][4]/a:p[@class='outcome']/a:ref/@class", doc))
        .isEqualTo("decision");
    assertThat(
            x.evaluate("//a:debateSection[@name='vote'][4]/a:p[@class='outcome']/a:ref/@href", doc))
        .isEqualTo("https://undocs.org/A/DEC/76/423");
  }

  @Test
  void onlyDecisionsWithoutAVoteMakeNoAnalysisAndStillValidate() {
    Debate d =
        Debate.builder()
            .addProceeding(
                io.github.undebate.core.Vote.builder(
                        io.github.undebate.core.VoteMethod.WITHOUT_VOTE,
                        io.github.undebate.core.VoteOutcome.ADOPTED)
                    .draft("A/64/L.72")
                    .resolution("A/RES/64/299")
                    .build())
            .build();
    String xml = AkomaNtoso.create().write(d);
    assertThat(Schemas.aknProblem(xml)).isNull();
    assertThat(xml).doesNotContain("<analysis").contains("Decision on A/64/L.72");
  }

  // Issue 19: the source is metadata the standard has no element for.
  @Test
  void theSourceIsProprietaryMetadataInTheNativeNamespace() throws Exception {
    String xml = AkomaNtoso.create().write(Samples.everyField());
    assertThat(Schemas.aknProblem(xml)).isNull();
    Document doc = parse(xml);
    XPath x = xpath();
    assertThat(x.evaluate("//a:meta/a:proprietary/@source", doc)).isEqualTo("#undebate");
    org.w3c.dom.Element source =
        (org.w3c.dom.Element)
            ((NodeList) x.evaluate("//a:proprietary/*", doc, XPathConstants.NODESET)).item(0);
    assertThat(source.getNamespaceURI()).isEqualTo(DebateXml.NAMESPACE);
    assertThat(source.getLocalName()).isEqualTo("source");
    assertThat(source.getAttribute("format")).isEqualTo("text");
    assertThat(source.getAttribute("length")).isEqualTo("61440");
    assertThat(
            source.getElementsByTagNameNS(DebateXml.NAMESPACE, "sha256").item(0).getTextContent())
        .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    assertThat(source.getElementsByTagNameNS(DebateXml.NAMESPACE, "path").item(0).getTextContent())
        .isEqualTo("corpus/sc/S_PV.8700.txt");

    String without =
        AkomaNtoso.create().write(Samples.everyField().toBuilder().source(null).build());
    assertThat(without).doesNotContain("proprietary");
  }

  @Test
  void everyEIdIsUniqueAndEveryLocalReferenceResolves() throws Exception {
    // Names that make the same eId as each other or as one of the mapping's fixed eIds.
    Debate d =
        Samples.everyField().toBuilder()
            .addSpeaker(
                io.github.undebate.core.Speaker.builder("sp 4")
                    .country("President", null)
                    .organization("Russian-Federation")
                    .raw("The President")
                    .build())
            .addSpeaker(
                io.github.undebate.core.Speaker.builder("sp4").country("undebate", null).build())
            .addProceeding(
                new io.github.undebate.core.Statement(
                    "sp 4", java.util.Optional.empty(), List.of()))
            .build();
    String xml = AkomaNtoso.create().write(d);
    assertThat(Schemas.aknProblem(xml)).isNull();
    Document doc = parse(xml);
    XPath x = xpath();
    List<String> eIds = values(x, doc, "//@eId");
    assertThat(eIds).as("eIds are unique").doesNotHaveDuplicates();
    List<String> references = new ArrayList<>();
    references.addAll(values(x, doc, "//@by"));
    references.addAll(values(x, doc, "//@as"));
    references.addAll(values(x, doc, "//@refersTo"));
    references.addAll(values(x, doc, "//@outcome"));
    references.addAll(values(x, doc, "//@source"));
    references.addAll(values(x, doc, "//a:voting/@href | //a:FRBRauthor/@href"));
    for (String reference : references) {
      assertThat(reference).startsWith("#");
      assertThat(eIds).as("%s resolves to an eId", reference).contains(reference.substring(1));
    }
  }

  @Test
  void aRecordWithNothingKnownStillValidates() {
    String xml = AkomaNtoso.create().write(Debate.builder().build());
    assertThat(Schemas.aknProblem(xml)).isNull();
    assertThat(xml).contains("/akn/un/debate/un/0001-01-01/nn/!main").contains("name=\"unknown\"");
  }

  @Test
  void theLanguageOfTheExpressionCanBeGiven() {
    String xml = AkomaNtoso.builder().language("eng").build().write(Samples.everyField());
    assertThat(xml).contains("<FRBRlanguage language=\"eng\"");
    assertThat(Schemas.aknProblem(xml)).isNull();
    assertThatThrownBy(() -> AkomaNtoso.builder().language("en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 639-2");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static XPath xpath() {
    XPath x = XPathFactory.newDefaultInstance().newXPath();
    x.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return "a".equals(prefix) ? AKN : null;
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public java.util.Iterator<String> getPrefixes(String uri) {
            return null;
          }
        });
    return x;
  }

  private static List<String> values(XPath x, Document doc, String expression) throws Exception {
    NodeList nodes = (NodeList) x.evaluate(expression, doc, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }
}
