package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.internal.InputSniff;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aLanguageNoteInsideALineKeepsTheWordsAroundIt() throws Exception {
    // issue 18: "(spoke in X)" inside a line was removed with the words beside it
    String header = Files.readString(record("corpus/sc/S_PV.8698_E.txt"));
    header = header.substring(0, header.indexOf("The meeting was called to order"));
    String body =
        "The meeting was called to order at 10.05 a.m.\n"
            + "The President (spoke in French): I thank the Secretary-General. We condemn"
            + " (spoke in Arabic) the attack on the convoy and call for restraint.\n";
    for (String input : List.of(header + body, body.substring(body.indexOf('\n') + 1))) {
      Debate d = PARSER.parse(input);
      assertThat(allText(d))
          .contains("We condemn the attack on the convoy and call for restraint.");
      assertThat(removed(d)).contains("(spoke in Arabic)");
      TextAccount.Result r = TextAccount.check(input, d);
      assertThat(r.balanced()).as(d.kind() + ": " + r.describe()).isTrue();
    }
  }

  @Test
  void hostileRecordsMadeFromCorpusLinesLoseNoText() {
    // corpus lines with notes, labels, page furniture, markup signs and odd spaces put inside
    // them, at random places: the text path
    Random random = new Random(18);
    List<String> all = lines(true);
    List<String> statements = lines(false);
    for (int i = 0; i < 60; i++) {
      boolean verbatim = i % 2 == 0;
      String input =
          Generated.hostile(
              verbatim ? all : statements, random, 20 + random.nextInt(200), verbatim);
      Debate d = PARSER.parse(input);
      // a text that opens with a tag is read as a page: count the page's own text
      String own = InputSniff.isHtml(input) ? Jsoup.parse(input).body().text() : input;
      TextAccount.Result r = TextAccount.check(own, d);
      assertThat(r.balanced()).as("hostile record %d:%n%s%n%s", i, r.describe(), input).isTrue();
    }
  }

  @Test
  void hostileRecordsReadFromWindows1252FilesLoseNoText(@TempDir Path dir) throws Exception {
    // the command line's path: a file's bytes, decoded by the parser, counted from the bytes
    Charset windows1252 = Charset.forName("windows-1252");
    Random random = new Random(1252);
    List<String> all = lines(true);
    List<String> statements = lines(false);
    for (int i = 0; i < 30; i++) {
      boolean verbatim = i % 2 == 0;
      String input =
          Generated.hostile(
              verbatim ? all : statements, random, 20 + random.nextInt(200), verbatim);
      byte[] bytes = input.getBytes(windows1252);
      Path file = dir.resolve("record-" + i + ".txt");
      Files.write(file, bytes);
      String own = new String(bytes, windows1252);
      own = InputSniff.isHtml(own) ? Jsoup.parse(own).body().text() : own;
      TextAccount.Result r = TextAccount.check(own, PARSER.parse(file));
      assertThat(r.balanced()).as("hostile file %d:%n%s%n%s", i, r.describe(), own).isTrue();
    }
  }

  @Test
  void hostilePagesLoseNoText() {
    // the same lines as a scraped page: paragraphs, line breaks and text beside blocks, counted
    // from the page's own text, not from what the parser's page reading made of it
    Random random = new Random(5);
    List<String> all = lines(true);
    List<String> statements = lines(false);
    for (int i = 0; i < 40; i++) {
      boolean verbatim = i % 2 == 0;
      String input =
          Generated.hostile(
              verbatim ? all : statements, random, 20 + random.nextInt(100), verbatim);
      StringBuilder page = new StringBuilder("<html><body><article>");
      for (String line : input.split("\n")) {
        page.append(random.nextInt(5) == 0 ? "" : "<p>")
            .append(Entities.escape(line))
            .append(random.nextInt(3) == 0 ? "<br>" : "</p>\n");
      }
      String html = page.append("</article></body></html>").toString();
      TextAccount.Result r =
          TextAccount.check(Jsoup.parse(html).body().text(), PARSER.parseHtml(html));
      assertThat(r.balanced()).as("hostile page %d:%n%s%n%s", i, r.describe(), html).isTrue();
    }
  }

  @Test
  void aStrayLessThanSignInAPageKeepsItsWords() {
    // issue 18: an HTML parser takes "<or disregard ...>" for a tag and drops its words, up to
    // the next '>' or, when none follows, to the end of the page
    Debate closed =
        PARSER.parseHtml(
            "<article><p>We will not ignore <or disregard> the Charter, whatever they say.</p>"
                + "<p>The vote was 12 > 3.</p></article>");
    assertThat(allText(closed)).contains("ignore <or disregard> the Charter, whatever they say.");
    Debate open =
        PARSER.parse(
            "<b>Statement by the delegation</b>\n\nWe condemn the attack on the convoy.\n"
                + "The world must act now <or\nthe system based on the Charter fails.\n");
    assertThat(allText(open)).contains("the system based on the Charter fails.");
  }

  @Test
  void aPageKeepsItsMarkupReadAsMarkup() {
    Debate d =
        PARSER.parseHtml(
            "<article><p>We <my-term lang=en>condemn</my-term> <o:p>the</o:p> <foo>attack</foo>"
                + " <td nowrap>on</td> the convoy.</p></article>");
    assertThat(allText(d)).contains("condemn").contains("attack").doesNotContain("<");
  }

  private static List<String> lines(boolean verbatim) {
    List<String> lines = new ArrayList<>();
    for (Path p : Corpus.textRecords()) {
      String name = Corpus.name(p);
      if (verbatim || !(name.startsWith("corpus/pv/") || name.startsWith("corpus/sc/"))) {
        lines.addAll(Corpus.read(p).lines().toList());
      }
    }
    return lines;
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
