package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example that lists who spoke in S/PV.8700, in what language, for how many words. */
class ListSpeakersTest {
  private static final Pattern ROW = Pattern.compile(".+ ([a-z]{2}) +(\\d+) words");

  @Test
  void listsEveryStatementWithLanguageAndWords() throws Exception {
    List<String> lines = Run.lines(() -> ListSpeakers.main(new String[0]));

    Debate debate = DebateParser.create().parse(Samples.verbatimRecord());
    assertThat(lines)
        .as("a heading, then one line per statement")
        .hasSize(1 + debate.statements().size());
    long words = 0;
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = ROW.matcher(line);
      assertThat(m.matches()).as("speaker, country, language and words in: " + line).isTrue();
      words += Long.parseLong(m.group(2));
    }
    // The speeches are some 7,500 of the record's 8,409 words (the rest is the header, page
    // headers, votes and procedural notes): none may be lost, none counted twice.
    long inRecord = Samples.verbatimRecord().split("\\s+").length;
    assertThat(words).as("words spoken in the meeting").isBetween(6_000L, inRecord);
  }
}
