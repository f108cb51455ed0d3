package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No text lost: every visible character of a record is in the model or in a diagnostic that says it
 * was removed (see {@link TextAccount}), on every corpus record and on records put together from
 * corpus lines.
 */
class NoTextLostTest {
  private static final DebateParser PARSER = DebateParser.create();

  static Stream<Arguments> textRecords() {
    return Corpus.textRecords().stream().map(p -> Arguments.of(Corpus.name(p), p));
  }

  static Stream<Arguments> htmlRecords() {
    return Corpus.htmlRecords().stream().map(p -> Arguments.of(Corpus.name(p), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textRecords")
  void everyCharacterOfATextRecordIsKeptOrReportedRemoved(String name, Path record)
      throws Exception {
    Debate debate = PARSER.parse(record);
    TextAccount.Result r = TextAccount.check(Corpus.read(record), debate);
    assertThat(r.balanced()).as(name + ": " + r.describe()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("htmlRecords")
  void everyCharacterOfAPagesArticleIsKeptOrReportedRemoved(String name, Path record) {
    // The page's own text is what must be accounted for, not what HtmlText made of it: text it
    // drops (chrome, what stands outside the article) must be reported removed.
    String html = Corpus.read(record);
    TextAccount.Result r =
        TextAccount.check(Jsoup.parse(html).body().text(), PARSER.parseHtml(html));
    assertThat(r.balanced()).as(name + ": " + r.describe()).isTrue();
  }

  @Test
  void everyCharacterOfStatementsMadeFromShuffledCorpusLinesIsKeptOrReportedRemoved() {
    List<String> lines = new ArrayList<>();
    for (Path p : Corpus.textRecords()) {
      String name = Corpus.name(p);
      // Statement-shaped records only; verbatim shapes are in TextLossRegressionTest.
      if (name.startsWith("corpus/pv/") || name.startsWith("corpus/sc/")) {
        continue;
      }
      lines.addAll(Corpus.read(p).lines().toList());
    }
    Random random = new Random(8);
    for (int i = 0; i < 40; i++) {
      String input = Generated.record(lines, random, 20 + random.nextInt(200), false);
      TextAccount.Result r = TextAccount.check(input, PARSER.parse(input));
      assertThat(r.balanced()).as("generated record %d:%n%s%n%s", i, r.describe(), input).isTrue();
    }
  }
}
