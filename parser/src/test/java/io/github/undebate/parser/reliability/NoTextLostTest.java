package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.internal.HtmlText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
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
    // What the page's markup leaves as text is the input the readers must account for.
    String html = Corpus.read(record);
    TextAccount.Result r = TextAccount.check(HtmlText.of(html), PARSER.parseHtml(html));
    assertThat(r.balanced()).as(name + ": " + r.describe()).isTrue();
  }

  @Test
  void everyCharacterOfRecordsMadeFromShuffledCorpusLinesIsKeptOrReportedRemoved() {
    List<String> lines = new ArrayList<>();
    for (Path p : Corpus.textRecords()) {
      lines.addAll(Corpus.read(p).lines().toList());
    }
    Random random = new Random(8);
    for (int i = 0; i < 40; i++) {
      String input = Generated.record(lines, random, 20 + random.nextInt(200));
      TextAccount.Result r = TextAccount.check(input, PARSER.parse(input));
      assertThat(r.balanced()).as("generated record %d:%n%s%n%s", i, r.describe(), input).isTrue();
    }
  }
}
