package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Soft hyphens of OCR'd records ("Secur\u00ad ity"): the word broken at a line's end is joined, in
 * a line and across lines.
 */
class SoftHyphenTest {
  @Test
  void aSoftHyphenThatEndsALineJoinsTheWord() {
    StringBuilder text = new StringBuilder("maintenance of international peace and secur\u00ad");
    TextJoin.append(text, "ity, the Council");
    assertThat(text).hasToString("maintenance of international peace and security, the Council");
  }

  @Test
  void aSoftHyphenInsideALineGoesWithTheSpaceAfterIt() {
    assertThat(TextJoin.withoutSoftHyphens("the Secur\u00ad ity Council and its pro\u00ad"))
        .isEqualTo("the Security Council and its pro\u00ad");
    assertThat(TextJoin.withoutSoftHyphens("no soft hyphen")).isEqualTo("no soft hyphen");
  }

  @Test
  void aRecordWithSoftHyphensReadsWholeWords() throws IOException {
    // S/PV.8700 (sc/S_PV.8700_E.txt 47-48) with the words broken as the OCR of older records
    // breaks them
    String text =
        Files.readString(
                Path.of("src/test/resources/corpus/sc/S_PV.8700_E.txt"), StandardCharsets.UTF_8)
            .replace(
                "the Council’s provisional rules of procedure",
                "the Council’s provi\u00ad sional rules of pro\u00ad\ncedure");
    assertThat(text).contains("\u00ad");
    Debate d = DebateParser.create().parse(text);
    String said =
        d.proceedings().stream()
            .filter(Statement.class::isInstance)
            .map(Statement.class::cast)
            .flatMap(s -> s.paragraphs().stream())
            .map(Paragraph::text)
            .filter(p -> p.contains("rules of"))
            .findFirst()
            .orElseThrow();
    assertThat(said).contains("provisional rules of procedure").doesNotContain("\u00ad");
  }
}
