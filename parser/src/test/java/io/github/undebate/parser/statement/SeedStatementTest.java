package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Quotation;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed: a Belarus mission page with its site chrome, parsed into one statement. */
class SeedStatementTest {
  private static Debate debate;

  @BeforeAll
  static void parse() throws IOException {
    debate =
        DebateParser.create().parse(Path.of("src/test/resources/seed/belarus-csto-statement.txt"));
  }

  private static Statement statement() {
    return debate.statements().get(0);
  }

  private static Speaker speaker() {
    return debate.speaker(statement().speakerId()).orElseThrow();
  }

  @Test
  void isOneStatementInTheSecurityCouncil() {
    assertThat(debate.kind()).isEqualTo(RecordKind.STATEMENT);
    assertThat(debate.statements()).hasSize(1);
    assertThat(debate.body()).as("organ named in the teaser").contains(Body.SECURITY_COUNCIL);
    assertThat(debate.date()).as("the page prints no date of the statement").isEmpty();
  }

  @Test
  void readsTheSpeakerFromTheByline() {
    assertThat(speaker().name()).contains("Valentin Rybakov");
    assertThat(speaker().honorific()).contains("Ambassador");
    assertThat(speaker().post().orElseThrow())
        .startsWith("Permanent Representative of Belarus to the United Nations");
    assertThat(speaker().raw()).startsWith("Ambassador Valentin Rybakov,");
  }

  @Test
  void takesTheTitleFromBetweenTheGuillemets() {
    assertThat(debate.title())
        .contains(
            "Cooperation between the United Nations and regional and subregional organizations in"
                + " maintaining international peace and security (CSTO)");
  }

  @Test
  void tellsSalutationsAndClosingFromTheBody() {
    List<Paragraph> paragraphs = statement().paragraphs();
    assertThat(paragraphs).hasSize(17);
    assertThat(paragraphs.subList(0, 3))
        .extracting(Paragraph::text)
        .containsExactly(
            "Distinguished Mr. President,",
            "Distinguished Members of the Council,",
            "Secretary General of the CSTO, dear guests,");
    assertThat(paragraphs.subList(0, 3)).allMatch(p -> p.kind() == ParagraphKind.SALUTATION);
    assertThat(paragraphs.get(16).text()).isEqualTo("Thank you for your attention.");
    assertThat(paragraphs.get(16).kind()).isEqualTo(ParagraphKind.CLOSING);
    assertThat(paragraphs.subList(3, 16)).allMatch(p -> p.kind() == ParagraphKind.BODY);
  }

  @Test
  void keepsNoChromeInAnyParagraph() {
    for (Paragraph p : statement().paragraphs()) {
      assertThat(p.text())
          .doesNotContain("Must read")
          .doesNotContain("More articles")
          .doesNotContain("Latest article")
          .doesNotContain("Please find attached")
          .doesNotContain("Statement of the Permanent Representative");
    }
    assertThat(debate.diagnostics())
        .as("every removed line is reported")
        .anyMatch(d -> d.code().equals("removed.site_chrome") && d.excerpt().equals("Must read"))
        .anyMatch(
            d -> d.code().equals("removed.site_chrome") && d.excerpt().equals("Latest article"))
        .anyMatch(d -> d.excerpt().startsWith("UN SECURITY COUNCIL Please find attached"));
  }

  @Test
  void attributesBothLukashenkoQuotations() {
    Paragraph p =
        statement().paragraphs().stream()
            .filter(x -> x.text().contains("Lukashenko"))
            .findFirst()
            .orElseThrow();
    assertThat(p.quotations()).hasSize(2);
    for (Quotation q : p.quotations()) {
      assertThat(q.speaker()).contains("Aleksandr Lukashenko");
    }
    assertThat(p.text().substring(p.quotations().get(0).start(), p.quotations().get(0).end()))
        .startsWith("allowed us to prevent the plans")
        .endsWith("helped to normalize the situation");
    assertThat(p.text().substring(p.quotations().get(1).start(), p.quotations().get(1).end()))
        .isEqualTo("demonstrated the ability and the capacity of the Organization");
  }
}
