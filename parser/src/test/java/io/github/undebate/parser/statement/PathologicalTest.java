package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Nasty input stays fast: the statement reader's scans are linear. The inputs are large enough that
 * a quadratic scan would take minutes; the limit leaves room for a busy build machine.
 */
class PathologicalTest {
  private static final Duration LIMIT = Duration.ofSeconds(40);

  private static Debate parse(String text) {
    return assertTimeoutPreemptively(LIMIT, () -> DebateParser.create().parse(text));
  }

  @Test
  void unpairedQuotationMarks() {
    Debate d = parse("We said that " + "“ the ".repeat(100_000) + " and so on.\n");
    assertThat(d.statements()).hasSize(1);
  }

  @Test
  void aParagraphOfHyphenatedLines() {
    Debate d = parse("The commit-\n".repeat(50_000) + "ment ends here.\n");
    assertThat(Corpus.paragraphs(d)).hasSize(1);
  }

  @Test
  void oneVeryLongLineOfLinkSeparators() {
    parse("State Council | Ministry " + "x | ".repeat(100_000) + "\n");
  }

  @Test
  void manyShortLinesThatLookLikeHeadings() {
    parse(
        "Statement by H.E. Mr.\n\n".repeat(20_000)
            + "Mr. President,\n\nWe are here today to speak.\n");
  }

  @Test
  void manySalutationsAndMarkup() {
    parse("**Mr. President,** <span style=\"x\n".repeat(20_000) + "\">Thank you.\n");
  }
}
