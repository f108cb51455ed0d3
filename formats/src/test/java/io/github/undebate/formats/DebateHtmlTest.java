package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The page is parsed back with jsoup and its structure checked against the model. */
class DebateHtmlTest {

  private static Document page(Debate d) {
    String html = DebateHtml.create().write(d);
    assertThat(html).startsWith("<!doctype html>");
    return Jsoup.parse(html);
  }

  @Test
  void headerSpeakersTurnsAndVotesOfTheSample() {
    Debate d = Samples.everyField();
    Document doc = page(d);

    assertThat(doc.title()).isEqualTo("The situation in the Middle East (S/PV.8700)");
    assertThat(doc.select("dl.facts a").attr("href")).isEqualTo("https://undocs.org/S/PV.8700");
    assertThat(doc.select("ol.agenda li").eachText())
        .containsExactly("The situation in the Middle East");
    assertThat(doc.select("table.members td").eachText())
        .containsExactly("Belgium", "Mr. Pecsteen de Buytswerve");

    Elements speakers = doc.select("table.speakers tbody tr");
    assertThat(speakers.eachAttr("id")).containsExactly("sp1", "sp2", "sp3");
    assertThat(doc.getElementById("sp2").select("td.state").text())
        .isEqualTo("Russian Federation (RU)");
    assertThat(doc.getElementById("sp3").select("td.state").text()).isEqualTo("United Nations");

    Elements turns = doc.select("article.turn");
    assertThat(turns.eachAttr("data-speaker")).containsExactly("sp2", "sp3", "sp1");
    Element first = turns.first();
    assertThat(first.select(".turn-speaker a").attr("href")).isEqualTo("#sp2");
    assertThat(first.select(".turn-speaker").text())
        .isEqualTo("Mr. Nebenzia (Russian Federation) ru");
    List<Paragraph> paragraphs = d.statements().get(0).paragraphs();
    Elements ps = first.select("p.paragraph");
    assertThat(ps).hasSize(paragraphs.size());
    for (int i = 0; i < ps.size(); i++) {
      assertThat(ps.get(i).text()).isEqualTo(paragraphs.get(i).text());
      assertThat(ps.get(i).hasClass(paragraphs.get(i).kind().name().toLowerCase())).isTrue();
    }
    assertThat(first.select("a.citation.document").attr("href"))
        .isEqualTo("https://undocs.org/S/2020/24");
    Element article = first.selectFirst(".citation.charter-article");
    assertThat(article.tagName()).isEqualTo("span");
    assertThat(article.attr("title")).isEqualTo("Charter, Article 51");
    assertThat(first.select(".quoted").attr("title")).isEqualTo("quoting the Charter");

    Elements votes = doc.select("table.vote");
    assertThat(votes).hasSize(4);
    assertThat(votes.get(2).select("th").eachText())
        .containsExactly(
            "In favour: 121 (0 listed)", "Against: 5 (0 listed)", "Abstaining: 3 (0 listed)");
    assertThat(votes.get(3).select("caption").text())
        .isEqualTo("Decision: adopted (without vote), resolution A/DEC/76/423");
    assertThat(votes.get(3).select("th, td")).isEmpty();
    Element vote = votes.first();
    assertThat(vote.select("caption").text())
        .isEqualTo("Vote on S/2020/27: adopted (show of hands), resolution S/RES/2505 (2020)");
    assertThat(vote.select("caption a").eachAttr("href"))
        .containsExactly("https://undocs.org/S/2020/27", "https://undocs.org/S/RES/2505(2020)");
    assertThat(vote.select("thead th").eachText())
        .containsExactly("In favour (2 listed)", "Against (0 listed)", "Abstaining (1 listed)");
    assertThat(vote.select("tbody td").get(0).select("li").eachText())
        .containsExactly("Belgium", "China");
    assertThat(votes.get(1).select("caption").text()).startsWith("Vote on an oral proposal");

    assertThat(doc.select("p.note").eachText())
        .containsExactly("The meeting was called to order at 6.05 p.m.", "The agenda was adopted.");
    assertThat(doc.select("h3.heading").eachText())
        .containsExactly("Adoption of the agenda", "The situation in the Middle East");
  }

  @Test
  void removedTextStandsBetweenTheTurnsItCameBetween() {
    Debate d =
        twoTurns(
            List.of(
                removed("removed.record_header", 2, "United Nations S/PV.9999"),
                removed("removed.speaker_label", 10, "The President:"),
                removed("removed.page_header", 15, "20-00815 3/5"),
                removed("removed.speaker_label", 20, "Mr. Nebenzia (Russian Federation):"),
                new Diagnostic(
                    Severity.WARNING, "vote.count_mismatch", 25, "13 listed, 14 said", "14 votes"),
                new Diagnostic(Severity.INFO, "record.kind", 0, "read as a verbatim record", "")));
    Document doc = page(d);
    Elements flow = doc.select("#proceedings > .diagnostic");
    assertThat(flow.eachAttr("data-code"))
        .containsExactly("removed.record_header", "removed.page_header", "vote.count_mismatch");
    assertThat(flow.get(0).nextElementSibling().hasClass("turn")).isTrue();
    assertThat(flow.get(1).previousElementSibling().attr("data-speaker")).isEqualTo("sp1");
    assertThat(flow.get(1).nextElementSibling().attr("data-speaker")).isEqualTo("sp2");
    assertThat(flow.get(2).previousElementSibling().attr("data-speaker")).isEqualTo("sp2");

    // Each label is shown in its own turn, struck through; the record's note is in the header.
    Elements turns = doc.select("article.turn");
    assertThat(turns.get(0).select(".diagnostic del").text()).isEqualTo("The President:");
    assertThat(turns.get(1).select(".diagnostic").attr("data-line")).isEqualTo("20");
    assertThat(doc.select("header .diagnostic").attr("data-code")).isEqualTo("record.kind");
    assertThat(doc.select(".diagnostic.warning mark").text()).isEqualTo("14 votes");
    assertThat(doc.select(".diagnostic.removed del").eachText())
        .containsExactly(
            "United Nations S/PV.9999",
            "The President:",
            "20-00815 3/5",
            "Mr. Nebenzia (Russian Federation):");
  }

  @Test
  void withoutSpeakerLabelsTheRemovalsComeBeforeTheTextInLineOrder() {
    Debate d =
        twoTurns(
            List.of(
                removed("removed.site_chrome", 45, "More articles"),
                removed("removed.byline", 1, "Statement by Ambassador X")));
    Document doc = page(d);
    Element firstTurn = doc.selectFirst("article.turn");
    Elements before = doc.select("#proceedings > .diagnostic");
    assertThat(before.eachAttr("data-line")).containsExactly("1", "45");
    assertThat(before.last().nextElementSibling()).isEqualTo(firstTurn);
    assertThat(before.first().previousElementSibling().hasClass("placement")).isTrue();
  }

  @Test
  void evidenceGoesToTheSpeakerWhoseLabelItQuotes() {
    Speaker a = usa("sp1", "INDERFURTH");
    Speaker b = usa("sp2", "ALBRIGHT");
    Debate d =
        Debate.builder()
            .kind(RecordKind.VERBATIM_RECORD)
            .speakers(List.of(a, b))
            .addProceeding(new Statement("sp1", Optional.empty(), List.of(Paragraph.body("One."))))
            .addProceeding(new Statement("sp2", Optional.empty(), List.of(Paragraph.body("Two."))))
            .addDiagnostic(evidence("country", "United States of America", 22, b.raw()))
            .addDiagnostic(evidence("country", "United States of America", 40, a.raw()))
            .addDiagnostic(evidence("name", "ALBRIGHT", 22, b.raw()))
            .build();
    Document doc = page(d);
    assertThat(doc.select("#sp1 ul.evidence li").eachText())
        .containsExactly(
            "country from the speaker label: \u201cMr. INDERFURTH (United States of America)\u201d"
                + " (line 40)");
    assertThat(doc.select("#sp2 ul.evidence li").eachAttr("data-fields"))
        .containsExactly("country name");
    assertThat(doc.select("#sp2 ul.evidence li").first().text())
        .startsWith("country, name from the speaker label")
        .endsWith("(line 22)");
  }

  @Test
  void markupInTheModelIsTextOnThePage() {
    String hostile = "<script>alert('x')</script> & <b onclick=\"y\">bold</b>";
    Debate d =
        Debate.builder()
            .kind(RecordKind.STATEMENT)
            .title(hostile)
            .addSpeaker(Speaker.builder("sp1").name(hostile).raw(hostile).build())
            .addProceeding(new Statement("sp1", Optional.empty(), List.of(Paragraph.body(hostile))))
            .addProceeding(
                new Vote(
                    io.github.undebate.core.VoteMethod.OTHER,
                    Optional.of(hostile),
                    List.of(hostile),
                    List.of(),
                    List.of(),
                    io.github.undebate.core.VoteOutcome.ADOPTED,
                    Optional.empty()))
            .addDiagnostic(removed("removed.markup", 3, hostile))
            .build();
    Document doc = page(d);
    assertThat(doc.select("script, b[onclick]")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo(hostile);
    assertThat(doc.select("p.paragraph").text()).isEqualTo(hostile);
    assertThat(doc.select(".diagnostic del").text()).isEqualTo(hostile);
    assertThat(doc.select("table.vote caption a")).isEmpty();
  }

  @Test
  void randomModelsKeepEveryParagraphsText() {
    for (long seed = 1; seed <= 100; seed++) {
      Debate d = new DebateGenerator(seed).next();
      Document doc = page(d);
      Elements ps = doc.select("p.paragraph");
      List<Statement> statements = d.statements();
      int i = 0;
      for (Statement s : statements) {
        for (Paragraph p : s.paragraphs()) {
          assertThat(ps.get(i++).text()).as("seed " + seed).isEqualTo(visible(p.text()));
        }
        // an interpretation's paragraphs follow the speech's, in the same turn
        for (Interpretation in : s.interpretations()) {
          for (Paragraph p : in.paragraphs()) {
            assertThat(ps.get(i).parent().attr("lang")).isEqualTo(in.language());
            assertThat(ps.get(i++).text()).as("seed " + seed).isEqualTo(visible(p.text()));
          }
        }
      }
      assertThat(ps).hasSize(i);
      assertThat(doc.select("article.turn")).hasSize(statements.size());
      assertThat(doc.select("table.vote"))
          .hasSize(d.proceedings().stream().filter(p -> p.asVote().isPresent()).toList().size());
    }
  }

  /**
   * What jsoup's text() gives for a string: whitespace runs as one space, trimmed; the characters a
   * page may not hold as U+FFFD.
   */
  private static String visible(String text) {
    String allowed =
        text.replace('\0', '\uFFFD').replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
    return Jsoup.parse("<p>" + Entities.escape(allowed) + "</p>").selectFirst("p").text();
  }

  private static Speaker usa(String id, String name) {
    return Speaker.builder(id)
        .name(name)
        .honorific("Mr.")
        .country("United States of America", "US")
        .role(SpeakerRole.REPRESENTATIVE)
        .raw("Mr. " + name + " (United States of America)")
        .build();
  }

  private static Diagnostic evidence(String field, String value, int line, String excerpt) {
    return new Diagnostic(
        Severity.INFO,
        "speaker." + field + "_from_speaker_label",
        line,
        "the speaker's " + field + " \"" + value + "\" is from the speaker label",
        excerpt);
  }

  private static Diagnostic removed(String code, int line, String excerpt) {
    return new Diagnostic(Severity.INFO, code, line, "removed " + code.substring(8), excerpt);
  }

  private static Debate twoTurns(List<Diagnostic> diagnostics) {
    return Debate.builder()
        .kind(RecordKind.VERBATIM_RECORD)
        .addSpeaker(Speaker.builder("sp1").role(SpeakerRole.PRESIDENT).raw("The President").build())
        .addSpeaker(usa("sp2", "Nebenzia"))
        .addProceeding(new Statement("sp1", Optional.empty(), List.of(Paragraph.body("Open."))))
        .addProceeding(new Statement("sp2", Optional.empty(), List.of(Paragraph.body("Speak."))))
        .diagnostics(diagnostics)
        .build();
  }
}
