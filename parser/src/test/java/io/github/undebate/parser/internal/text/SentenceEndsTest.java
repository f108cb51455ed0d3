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

  @Test
  void countsSentenceEndsInsideATextButNotSymbolsOrNumbers() {
    // a mark after a closing quote counts ("the “Pact”."); one inside the quotation does not
    assertThat(SentenceEnds.count("We condemn it. Do we? The “Pact”. S/PV.8745 and 12.3 remain"))
        .isEqualTo(3);
    assertThat(SentenceEnds.count("“Never.” he said")).isZero();
    assertThat(SentenceEnds.count("S/PV.8745 12 March SC/14142 The situation in the Middle East"))
        .isZero();
    assertThat(SentenceEnds.count("في جميعِ المجالاتْ// السّيد الرئيسْ//")).isEqualTo(2);
    // Kuwait's 2024 statement (pdf/delivered-2024/gadebate2024_kw_ar.pdf) ends sentences with ".."
    assertThat(SentenceEnds.count("معالي رئيسَ الجمعيةِ العامةِ للأممِ المتحدة.. أصحاب"))
        .isEqualTo(1);
  }
}
