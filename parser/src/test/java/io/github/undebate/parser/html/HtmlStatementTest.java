package io.github.undebate.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whole scraped pages: the seed's text dressed in the markup that WordPress and Drupal themes print
 * (navigation, header, sidebar, related posts, share bar, footer), and the un.org meeting tables of
 * the corpus.
 */
class HtmlStatementTest {
  private static final DebateParser PARSER = DebateParser.create();

  /**
   * The seed's speech paragraphs: every non-blank line from the first salutation to the closing.
   */
  private static List<String> seedSpeech() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/resources/seed/belarus-csto-statement.txt"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("Distinguished Mr. President")) {
        in = true;
      }
      if (in && !line.isBlank()) {
        out.add(line.strip());
      }
      if (line.startsWith("Thank you for your attention")) {
        break;
      }
    }
    return out;
  }

  private static String paragraphs(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append("<p>").append(t.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    return sb.toString();
  }

  private static void assertSeedStatement(Debate d) throws IOException {
    List<Paragraph> ps = d.statements().get(0).paragraphs();
    assertThat(ps).hasSize(seedSpeech().size());
    assertThat(ps.get(0).kind()).isEqualTo(ParagraphKind.SALUTATION);
    assertThat(ps.get(ps.size() - 1).kind()).isEqualTo(ParagraphKind.CLOSING);
    Speaker sp = d.speaker(d.statements().get(0).speakerId()).orElseThrow();
    assertThat(sp.name()).contains("Valentin Rybakov");
    for (Paragraph p : ps) {
      assertThat(p.text())
          .doesNotContain("Home")
          .doesNotContain("Share on")
          .doesNotContain("Related")
          .doesNotContain("Copyright")
          .doesNotContain("Must read");
    }
  }

  @Test
  void findsTheArticleInAWordPressPage() throws IOException {
    String html =
        "<!DOCTYPE html><html><head><title>Statement | Mission</title><script>var x = 1;</script></head>"
            + "<body class=\"post-template-default single single-post\">"
            + "<header id=\"masthead\" class=\"site-header\"><nav class=\"main-navigation\"><ul>"
            + "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav></header>"
            + "<div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">"
            + "<article class=\"post type-post\"><header class=\"entry-header\">"
            + "<h1 class=\"entry-title\">Statement of the Permanent Representative of the Republic of Belarus</h1>"
            + "<div class=\"entry-meta\"><span class=\"byline\">Ambassador Valentin Rybakov, Permanent"
            + " Representative of Belarus to the United Nations in New York.</span></div></header>"
            + "<div class=\"entry-content\">"
            + "<p>«Cooperation between the United Nations and regional and subregional organizations in"
            + " maintaining international peace and security (CSTO)»</p>\n"
            + paragraphs(seedSpeech())
            + "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3><ul><li>Share on Facebook</li></ul></div>"
            + "</div></article>"
            + "<section class=\"related-posts\"><h2>Related</h2><ul><li><a>Must read</a></li><li>More articles</li></ul></section>"
            + "</main><aside id=\"secondary\" class=\"widget-area\"><h2>Latest article</h2><p>Another page</p></aside></div>"
            + "<footer class=\"site-footer\"><p>Copyright © Mission</p></footer></body></html>";
    Debate d = PARSER.parseHtml(html);
    assertSeedStatement(d);
    assertThat(d.title().orElseThrow()).startsWith("Cooperation between the United Nations");
    assertThat(d.diagnostics())
        .anyMatch(x -> x.excerpt().startsWith("Statement of the Permanent Representative"));
  }

  @Test
  void findsTheArticleInADrupalPage() throws IOException {
    String html =
        "<html><body><div class=\"dialog-off-canvas-main-canvas\">"
            + "<div class=\"region region-header\"><nav role=\"navigation\" class=\"menu--main\"><a>Home</a></nav></div>"
            + "<div class=\"breadcrumb\"><a>Home</a> › <a>Statements</a></div>"
            + "<main role=\"main\"><div class=\"region region-content\">"
            + "<h1 class=\"page-title\"><span>Statement of the Permanent Representative of the Republic of Belarus</span></h1>"
            + "<div class=\"node__meta\"><span class=\"field--name-uid\">Ambassador Valentin Rybakov, Permanent"
            + " Representative of Belarus to the United Nations in New York.</span></div>"
            + "<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body\">"
            + paragraphs(seedSpeech())
            + "</div><div class=\"field--name-field-tags\"><div class=\"field__label\">Tags</div><div>CSTO</div></div>"
            + "<ul class=\"links inline\"><li class=\"share-print\">Print</li></ul></div>"
            + "</div></main><div class=\"views-element-container block-related\"><h2>Related content</h2>"
            + "<div class=\"views-row\"><p>More articles</p></div></div>"
            + "<footer role=\"contentinfo\"><p>Copyright © 2022</p></footer></div></body></html>";
    Debate d = PARSER.parseHtml(html);
    assertSeedStatement(d);
  }

  @Test
  void keepsEveryRowOfTheUnMeetingTablesAsOneLine() throws IOException {
    Path dir = Path.of("src/test/resources/corpus/html");
    for (String name :
        new String[] {
          "un_org_sc_meetings_table_scact2020_table_en.html",
          "un_org_sc_meetings_table_scact1995_table_en.html",
          "un_org_sc_meetings_table_scact1946_table_en.html"
        }) {
      String html = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      List<String> symbols = new ArrayList<>();
      Matcher m =
          Pattern.compile("(?is)<tr[^>]*>\\s*<td[^>]*>\\s*(?:<a[^>]*>)?\\s*(S/PV\\.\\d+)")
              .matcher(html);
      while (m.find()) {
        symbols.add(m.group(1));
      }
      assertThat(symbols).as("rows of " + name).hasSizeGreaterThan(20);
      Debate d = PARSER.parseHtml(html);
      List<String> lines = new ArrayList<>();
      d.statements().forEach(s -> s.paragraphs().forEach(p -> lines.add(p.text())));
      d.diagnostics().forEach(x -> lines.add(x.excerpt()));
      for (String symbol : symbols) {
        assertThat(lines)
            .as("row " + symbol + " of " + name + " is in a paragraph or a removal, on its own")
            .anyMatch(
                l ->
                    l.startsWith(symbol + " ")
                        || l.startsWith(symbol + "+")
                        || l.startsWith(symbol + "\t"));
      }
    }
  }

  // Issue 19: a page that holds no speech is not somebody's statement.
  @Test
  void aMeetingTableIsKindOtherWithAWarningAndItsTextKept() throws IOException {
    Path dir = Path.of("src/test/resources/corpus/html");
    try (var files = Files.list(dir)) {
      List<Path> tables = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
      assertThat(tables).hasSize(4);
      for (Path table : tables) {
        Debate d = PARSER.parse(table);
        assertThat(d.kind()).as(table.toString()).isEqualTo(RecordKind.OTHER);
        assertThat(d.diagnostics())
            .filteredOn(x -> x.code().equals("record.no_speech"))
            .singleElement()
            .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        assertThat(d.statements().get(0).paragraphs())
            .as("kept, not dropped")
            .hasSizeGreaterThan(40);
      }
    }
  }

  @Test
  void speechesStayStatementsWhateverTheirCase() throws IOException {
    Debate seed = PARSER.parse(Path.of("src/test/resources/seed/belarus-csto-statement.txt"));
    assertThat(seed.kind()).isEqualTo(RecordKind.STATEMENT);
    // A speech printed in capitals, as some delegations publish theirs: sentence ends still count.
    String capitals =
        String.join(
                "\n\n",
                java.util.Collections.nCopies(
                    12,
                    "WE CALL ON ALL STATES TO RESPECT THE CHARTER. THE COUNCIL MUST ACT NOW, AND IT"
                        + " MUST ACT TOGETHER."))
            .toUpperCase(java.util.Locale.ROOT);
    assertThat(PARSER.parse(capitals).kind()).isEqualTo(RecordKind.STATEMENT);
    // A reading copy that ends its sentences with "//", as some delegations publish theirs.
    String readingCopy =
        String.join(
            "\n", java.util.Collections.nCopies(30, "نؤكد دعمنا الكامل لميثاق الأمم المتحدة//"));
    assertThat(PARSER.parse(readingCopy).kind()).isEqualTo(RecordKind.STATEMENT);
    // Too short to judge: a list of a few links stays what it was.
    assertThat(PARSER.parse("Home\nNews\nStatements\nContact").diagnostics())
        .noneMatch(x -> x.code().equals("record.no_speech"));
  }
}
