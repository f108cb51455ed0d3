package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.RecordKind;
import io.github.undebate.parser.DebateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nasty input stays fast: each shape is parsed at two sizes ten times apart and must take about ten
 * times as long, not a hundred (see {@link Linearity}); each also keeps its text.
 */
class PathologicalInputTest {
  private static final DebateParser PARSER = DebateParser.create();

  static Stream<Arguments> textShapes() {
    return Stream.of(
        shape("a 5 MB line without spaces", n -> "x".repeat(n), 500_000),
        shape(
            "100,000 lines that look like speaker labels",
            n -> lines(n, i -> "Mr. Kumar (India) (spoke in Hindi):"),
            10_000),
        shape(
            "10,000 lines of varied speaker labels",
            n -> lines(n, i -> (i % 2 == 0 ? "The President: " : "Ms. Ng" + i + " (Singapore): ")),
            1_000),
        shape(
            "100,000 citations",
            n ->
                lines(
                    n / 2,
                    i ->
                        "recalling resolution "
                            + (1000 + i % 1000)
                            + " (2020) and S/2020/"
                            + i
                            + ","),
            10_000),
        shape("100,000 opening parentheses", n -> "(".repeat(n), 10_000),
        shape("100,000 opening quotation marks", n -> "“".repeat(n), 10_000),
        shape("100,000 blank lines", n -> "\n".repeat(n) + "Peace.", 10_000),
        shape("100,000 lines of one letter", n -> lines(n, i -> "A"), 10_000),
        // the JDK's normaliser orders such a run by insertion: 300,000 marks took 38 s
        shape(
            "300,000 combining marks of two alternating classes",
            n -> "a" + "\u0301\u0316".repeat(n / 2),
            30_000),
        shape("a 1 MB line of dots", n -> ".".repeat(n), 100_000),
        shape("a 1 MB line of digits", n -> "7".repeat(n), 100_000),
        shape("a 1 MB line of honorifics", n -> "Mr. ".repeat(n / 4), 100_000),
        shape(
            "a 1 MB line of alternating words and symbols",
            n -> "S/ A/RES/ (Russian Federation) ".repeat(n / 31),
            100_000),
        shape("100,000 page-header lines", n -> lines(n, i -> "S/PV.8700 " + i + "/24"), 10_000),
        shape(
            "10,000 vote-like lines",
            n -> lines(n, i -> i % 3 == 0 ? "In favour:" : "Albania, Brazil, China, France,"),
            1_000));
  }

  /**
   * Shapes after a real verbatim record's first page (S/PV.8698's, from the dev corpus), so that
   * the verbatim reader reads them: its heading rules joined a heading of many short lines by
   * searching the whole heading for each line's wrap (issue 18), 40 K characters took 16 s.
   */
  static Stream<Arguments> verbatimShapes() {
    return Stream.of(
        shape(
            "100,000 lines of one dot after a record's first page",
            n -> lines(n, i -> "."),
            10_000),
        shape(
            "100,000 heading lines ending in a function word",
            n -> lines(n, i -> "Report of the"),
            10_000),
        shape("100,000 lines in parentheses", n -> lines(n, i -> "(x)"), 10_000),
        shape("100,000 agenda-item lines", n -> lines(n, i -> "Agenda item 12:"), 10_000),
        shape(
            "100,000 language notes inside lines",
            n -> lines(n, i -> "The President: We (spoke in French) agree (spoke in Arabic)."),
            10_000));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verbatimShapes")
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void verbatimRecordsStayLinearAndKeepTheirText(String name, IntFunction<String> input, int n)
      throws Exception {
    String header = verbatimHeader();
    IntFunction<String> record = k -> header + input.apply(k);
    Linearity.assertLinear(name, record, n, PARSER::parse);
    String text = record.apply(n);
    Debate debate = PARSER.parse(text);
    assertThat(debate.kind()).isEqualTo(RecordKind.VERBATIM_RECORD);
    TextAccount.Result r = TextAccount.check(text, debate);
    assertThat(r.balanced()).as(name + ": " + r.describe()).isTrue();
  }

  private static String verbatimHeader() throws IOException {
    Path record = Corpus.resources().resolve("corpus/sc/S_PV.8698_E.txt");
    String text = Files.readString(record, StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf("The meeting was called to order"))
        + "The meeting was called to order at 10.05 a.m.\n";
  }

  private static Arguments shape(String name, IntFunction<String> input, int n) {
    return Arguments.of(name, input, n);
  }

  private static String lines(int n, IntFunction<String> line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(line.apply(i)).append('\n');
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textShapes")
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void textStaysLinearAndKeepsItsText(String name, IntFunction<String> input, int n)
      throws Exception {
    Linearity.assertLinear(name, input, n, PARSER::parse);
    String text = input.apply(n);
    TextAccount.Result r = TextAccount.check(text, PARSER.parse(text));
    assertThat(r.balanced()).as(name + ": " + r.describe()).isTrue();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void htmlNested10000DeepStaysLinearAndKeepsItsText() throws Exception {
    IntFunction<String> nested =
        n -> "<div>".repeat(n) + "<p>Peace and security.</p>" + "</div>".repeat(n);
    Linearity.assertLinear("HTML nested 10,000 deep", nested, 1_000, PARSER::parseHtml);
    assertThat(allText(PARSER.parseHtml(nested.apply(10_000)))).contains("Peace and security.");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void unclosedInlineTagsNested10000DeepStayLinearAndKeepTheirText() throws Exception {
    IntFunction<String> nested =
        n -> {
          StringBuilder sb = new StringBuilder("<p>");
          for (int i = 0; i < n; i++) {
            sb.append("<b><i>resolution ").append(i).append(" of the Council, ");
          }
          return sb.toString();
        };
    Linearity.assertLinear("unclosed tags 10,000 deep", nested, 1_000, PARSER::parseHtml);
    assertThat(allText(PARSER.parseHtml(nested.apply(10_000))))
        .contains("resolution 1 of the Council, resolution 2 of the Council,")
        .contains("resolution 9999 of the Council,");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFileOfNulBytesIsReportedAsBinaryAndEmpty() throws Exception {
    IntFunction<byte[]> nuls = n -> new byte[n];
    Linearity.assertLinear(
        "NUL bytes", nuls, 100_000, b -> PARSER.parse(new ByteArrayInputStream(b)));
    Debate d = PARSER.parse(new ByteArrayInputStream(new byte[1_000_000]));
    assertThat(d.proceedings()).isEmpty();
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code)
        .contains("input.binary", "input.empty");
  }

  private static String allText(Debate d) {
    return String.join("\n", TextAccount.sources(d));
  }
}
