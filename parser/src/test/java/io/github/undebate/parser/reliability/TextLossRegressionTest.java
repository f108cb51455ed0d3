package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Text losses the no-text-lost check ({@code NoTextLostTest}) once found in the readers, each
 * fixed: line-end hyphens, OCR-garbled lines, lines of honorifics, page headers, unreadable text.
 * They stay here so that none comes back.
 */
class TextLossRegressionTest {
  private static final DebateParser PARSER = DebateParser.create();

  @Test
  void aHyphenAtALineEndIsKeptOrReportedRemoved() {
    // gadebate2024_cn_en.txt, line 72: "values-" then "based diplomacy" on the next line.
    Debate d =
        PARSER.parse(
            "China calls on all countries to refrain from conducting values-\n"
                + "based diplomacy and bloc confrontation.");
    assertThat(allText(d) + removed(d)).contains("values-");
  }

  @Test
  void garbledLinesAreKeptOrReportedRemoved() throws Exception {
    Debate d = PARSER.parse(record("corpus/delivered/gadebate2024_ps_ar.txt"));
    // The record's first line, Latin letters from an Arabic PDF's broken text layer.
    assertThat(allText(d) + removed(d)).contains("Jai os sdayi Of dai oS");
  }

  @Test
  void verbatimShapedRecordsMadeFromCorpusLinesLoseNoText() {
    List<String> lines = new ArrayList<>();
    for (Path p : Corpus.textRecords()) {
      lines.addAll(Corpus.read(p).lines().toList());
    }
    Random random = new Random(8);
    for (int i = 0; i < 40; i++) {
      String input = Generated.record(lines, random, 20 + random.nextInt(200), true);
      TextAccount.Result r = TextAccount.check(input, PARSER.parse(input));
      assertThat(r.balanced()).as("generated record %d:%n%s%n%s", i, r.describe(), input).isTrue();
    }
  }

  @Test
  void aStrayLessThanSignInPlainTextIsNotReadAsATag() throws Exception {
    // 25 UNGDC speeches lost more than 10 % of their text to a "<" that OCR left in a sentence
    // (issue 18): the tag "<or disregard …" ran on to the next ">", pages later. A General Debate
    // speech gets such a sign early on and keeps all its text.
    String speech = Files.readString(record("corpus/ga/UNGDC_CUB_15_1960.txt"));
    int space = speech.indexOf(' ', 2000);
    String stray = speech.substring(0, space) + " <or" + speech.substring(space);
    Debate clean = PARSER.parse(speech);
    Debate d = PARSER.parse(stray);
    assertThat(allText(d).length()).isGreaterThanOrEqualTo(allText(clean).length());
    assertThat(d.diagnostics()).extracting(Diagnostic::code).doesNotContain("removed.markup");
    TextAccount.Result r = TextAccount.check(stray, d);
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void aLineOfHonorificsIsKeptOrReportedRemoved() {
    String input = "Mr. ".repeat(25_000);
    TextAccount.Result r = TextAccount.check(input, PARSER.parse(input));
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void pageHeaderLinesAreReportedRemoved() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      sb.append("S/PV.8700 ").append(i).append("/24\n");
    }
    TextAccount.Result r = TextAccount.check(sb.toString(), PARSER.parse(sb.toString()));
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  @Test
  void unreadableTextIsReportedAsARemoval() {
    String input = "word ".repeat(1000);
    TextAccount.Result r = TextAccount.check(input, PARSER.parse(input));
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }

  private static Path record(String name) throws URISyntaxException {
    return Path.of(TextLossRegressionTest.class.getResource("/" + name).toURI());
  }

  private static String allText(Debate d) {
    return d.proceedings().stream()
        .filter(Statement.class::isInstance)
        .flatMap(p -> ((Statement) p).paragraphs().stream())
        .map(Paragraph::text)
        .collect(Collectors.joining("\n"));
  }

  private static String removed(Debate d) {
    List<String> excerpts =
        d.diagnostics().stream()
            .filter(x -> x.code().startsWith("removed."))
            .map(Diagnostic::excerpt)
            .toList();
    return "\n" + String.join("\n", excerpts);
  }
}
