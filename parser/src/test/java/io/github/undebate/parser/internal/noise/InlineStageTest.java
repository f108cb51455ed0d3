package io.github.undebate.parser.internal.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Stage directions inside a line are tried only at opening parentheses: the same matches, at the
 * same places, as the whole pattern with the white space before it finds, on every line of the
 * corpus and on lines made of what the pattern reads.
 */
class InlineStageTest {
  /** The pattern as written before it was tried only at parentheses. */
  private static final Pattern WHOLE = Pattern.compile("\\s*\\(([A-Za-z][^()]{0,40})\\)");

  private static List<String> matches(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = WHOLE.matcher(line);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group(1));
    }
    return out;
  }

  private static List<String> atParentheses(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = InlineCleaning.INLINE_STAGE.matcher(line);
    for (int s = InlineCleaning.nextStage(line, 0, m);
        s >= 0;
        s = InlineCleaning.nextStage(line, m.end(), m)) {
      out.add(s + "-" + m.end() + ":" + m.group(1));
    }
    return out;
  }

  @Test
  void theStagesOfEveryCorpusLineAreThoseTheWholePatternFinds() throws IOException {
    int found = 0;
    for (String text : SampleTexts.corpusFiles().values()) {
      for (String line : text.lines().toList()) {
        List<String> expected = matches(line);
        assertThat(atParentheses(line)).as(line).isEqualTo(expected);
        found += expected.size();
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void theStagesOfLinesMadeOfWhatThePatternReadsAreThoseTheWholePatternFinds() {
    String[] parts = {
      "(",
      ")",
      "(Applause)",
      "((Applause))",
      " ",
      "  ",
      "\t",
      "\u000B",
      "\u00a0",
      "\n",
      "a",
      "Z",
      "1",
      "(spoke in French)",
      "( x)",
      "x".repeat(41),
      "(A",
      "é",
      "\u2003"
    };
    Random random = new Random(15);
    int found = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String line = b.toString();
      List<String> expected = matches(line);
      assertThat(atParentheses(line)).as(line).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1000);
  }
}
