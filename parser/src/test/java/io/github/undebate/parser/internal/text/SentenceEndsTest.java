package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two sentence-end rules, and where they part. */
class SentenceEndsTest {

  @Test
  void bothRulesAgreeOnPlainSentenceEnds() {
    for (String line :
        new String[] {"I thank Mr. Pecsteen de Buytswerve.", "Is that so?", "as follows:  "}) {
      assertThat(SentenceEnds.endsSentence(line)).as(line).isTrue();
      assertThat(SentenceEnds.endsSentenceOrQuote(line)).as(line).isTrue();
    }
    for (String line : new String[] {"of the United Nations Office", "", "   ", "Mr. President,"}) {
      assertThat(SentenceEnds.endsSentence(line)).as(line).isFalse();
      assertThat(SentenceEnds.endsSentenceOrQuote(line)).as(line).isFalse();
    }
  }

  @Test
  void theStatementRuleLooksThroughClosingMarksToTheFullStop() {
    assertThat(SentenceEnds.endsSentence("as the Charter says, “never again.”")).isTrue();
    assertThat(SentenceEnds.endsSentence("(see annex.)")).isTrue();
    assertThat(SentenceEnds.endsSentence("the so-called “Pact for the Future”")).isFalse();
  }

  @Test
  void theVerbatimRuleTakesAClosingQuoteForAnEnd() {
    assertThat(SentenceEnds.endsSentenceOrQuote("the so-called “Pact for the Future”")).isTrue();
    assertThat(SentenceEnds.endsSentenceOrQuote("(see annex.)")).isFalse();
  }
}
