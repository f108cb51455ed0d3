package io.github.undebate.parser.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.internal.InputSniff;
import io.github.undebate.parser.reliability.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the library tells HTML and PDF by their content, so a file, a stream and the CLI give
 * one answer whatever the file is called.
 */
class InputSniffingTest {
  private static final DebateParser PARSER = DebateParser.create();

  @Test
  void anHtmlFileIsReadAsHtmlByParsePathWhateverItsName(@TempDir Path dir) throws IOException {
    // a corpus table page (un.org, GPL-3.0 test data), saved without an .html name
    Path page =
        Corpus.resources().resolve("corpus/html/un_org_sc_meetings_table_scact1995_table_en.html");
    String html = Files.readString(page);
    Path unnamed = Files.writeString(dir.resolve("record.txt"), html);
    Debate expected = PARSER.parseHtml(html);
    Debate actual = PARSER.parse(unnamed);
    assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
    assertThat(paragraphs(actual)).isEqualTo(paragraphs(expected));
    assertThat(
            paragraphs(
                PARSER.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo(paragraphs(expected));
    assertThat(paragraphs(PARSER.parse(html))).isEqualTo(paragraphs(expected));
  }

  @Test
  void aPageWithADoctypeIsHtmlAndTextThatMentionsATagIsText() throws IOException {
    String page =
        "<!DOCTYPE html><html><head><title>x</title></head><body><article><h1>Statement by"
            + " Belarus</h1><p>Mr. President, we condemn this.</p><p>Thank you.</p></article>"
            + "</body></html>";
    Debate d = PARSER.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertThat(d).isEqualTo(PARSER.parseHtml(page));
    assertThat(paragraphs(d)).doesNotContain("<p>");

    assertThat(InputSniff.isHtml("Mr. President, the value a <p> tag takes is no concern."))
        .isFalse();
    assertThat(InputSniff.isHtml("\uFEFF  <!-- saved page --><link rel=stylesheet><table>"))
        .isTrue();
    assertThat(InputSniff.isHtml("<and so it goes>")).isFalse();
  }

  @Test
  void aPdfWithoutAPdfReaderOnTheClassPathNamesTheArtifactToAdd() {
    byte[] pdf =
        "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(pdf)))
        .isInstanceOf(DebateParseException.class)
        .hasMessageContaining("io.github.undebate:undebate-pdf")
        .hasMessageContaining("PDF");
  }

  @Test
  void theBuilderBoundsPdfPages() {
    assertThat(DebateParser.create().maxPdfPages()).isEqualTo(DebateParser.DEFAULT_MAX_PDF_PAGES);
    assertThat(DebateParser.builder().maxPdfPages(3).build().maxPdfPages()).isEqualTo(3);
    assertThatThrownBy(() -> DebateParser.builder().maxPdfPages(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPdfPages must be positive");
  }

  static String paragraphs(Debate d) {
    StringBuilder sb = new StringBuilder();
    d.statements().forEach(s -> s.paragraphs().forEach(p -> sb.append(p.text()).append('\n')));
    return sb.toString();
  }
}
