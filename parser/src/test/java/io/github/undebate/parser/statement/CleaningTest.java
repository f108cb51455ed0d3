package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.DebateParser;
import org.junit.jupiter.api.Test;

/** Cleaning without loss: noise goes, every removal is reported, the wording stays. */
class CleaningTest {

  @Test
  void removesOfficialBannersAndPageNumbersAndReportsThem() {
    Debate d = Corpus.parse("delivered/gadebate2024_gb_en.txt");
    String text = Corpus.allText(d);
    assertThat(text).doesNotContain("OFFICIAL").doesNotContain("Thank you. 25");
    assertThat(d.diagnostics())
        .anyMatch(x -> x.code().equals("removed.banner") && x.excerpt().equals("OFFICIAL"))
        .anyMatch(x -> x.code().equals("removed.page_number") && x.excerpt().equals("25"));
  }

  @Test
  void joinsASentenceThatABarePageNumberCuts() {
    Debate d = Corpus.parse("ga/UNGDC_BLR_50_1995.txt");
    assertThat(Corpus.allText(d)).contains("This will enable the Organization to reflect");
  }

  @Test
  void dropsBrowserPrintHeadersAndUrlsAndJoinsAcrossThem() {
    Debate d = Corpus.parse("delivered/gadebate2024_cn_en.txt");
    String text = Corpus.allText(d);
    assertThat(text)
        .doesNotContain("https://www.fmpre.gov.cn")
        .doesNotContain("6:17 PM")
        .doesNotContain("Copyright")
        .contains("Meanwhile, we are also embracing a world full of hope.");
    assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("removed.print_header"));
    assertThat(d.date())
        .as("the dateline, not the print or update date")
        .hasToString("Optional[2024-09-28]");
  }

  @Test
  void readsFrontMatterAndReportsItsLines() {
    Debate d =
        Corpus.parse(
            "website/whitehouse_2021-09-21-remarks-by-president-biden-before-the-76th-session-of-the-united-nations-genera.md");
    assertThat(d.title())
        .contains(
            "Remarks by President Biden Before the 76th Session of the United Nations General Assembly");
    assertThat(d.date()).hasToString("Optional[2021-09-21]");
    assertThat(d.diagnostics())
        .anyMatch(
            x -> x.code().equals("removed.front_matter") && x.excerpt().startsWith("source_url:"));
    String text = Corpus.allText(d);
    assertThat(text)
        .doesNotContain("THE PRESIDENT:")
        .doesNotContain("10:01 A.M. EDT")
        .doesNotContain("<s>");
    assertThat(text).startsWith("Mr. President, Mr. Secretary-General, my fellow delegates");
  }

  @Test
  void flagsOcrGarbageAsUnreadableWithoutParagraphs() {
    for (String file :
        new String[] {"delivered/gadebate2024_sa_ar.txt", "delivered/gadebate2024_ps_ar.txt"}) {
      Debate d = Corpus.parse(file);
      assertThat(d.kind()).isEqualTo(RecordKind.OTHER);
      assertThat(Corpus.paragraphs(d)).as(file).isEmpty();
      assertThat(d.diagnostics())
          .anyMatch(x -> x.severity() == Severity.ERROR && x.code().equals("text.unreadable"));
    }
  }

  @Test
  void keepsRealHyphensAndUndoesLineEndHyphenation() {
    Debate d =
        DebateParser.create()
            .parse(
                "We welcome the delegation of Timor-\nLeste to this Assembly and its commit-\nment to peace and to the self-\ndetermination of peoples.\n");
    assertThat(Corpus.paragraphs(d))
        .extracting(Paragraph::text)
        .containsExactly(
            "We welcome the delegation of Timor-Leste to this Assembly and its commitment to peace and to the self-determination of peoples.");
  }

  @Test
  void removesAnOcrGarbageTokenBetweenSentences() {
    Debate d = Corpus.parse("ga/UNGDC_USA_75_2020.txt");
    assertThat(Corpus.allText(d))
        .doesNotContain("jsEpj")
        .contains("leading state sponsor of terror. We obliterated");
    assertThat(d.diagnostics()).anyMatch(x -> x.excerpt().equals("jsEpj"));
  }

  @Test
  void stripsPrintedParagraphNumbersButKeepsBracketedReferences() {
    Debate d = Corpus.parse("ga/UNGDC_IND_11_1956.txt");
    assertThat(Corpus.paragraphs(d)).hasSize(134);
    assertThat(Corpus.paragraphs(d)).noneMatch(p -> p.text().matches("^\\d{1,3}\\.\\s.*"));
    assertThat(Corpus.allText(d)).contains("[A/ 3137]");
  }
}
