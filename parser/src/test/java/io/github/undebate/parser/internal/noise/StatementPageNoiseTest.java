package io.github.undebate.parser.internal.noise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole lines of statements that are noise, each kind with a line seen in the corpus. */
class StatementPageNoiseTest {

  @Test
  void eachKindOfNoiseLine() {
    assertThat(StatementPageNoise.of("- 3 -", 1)).contains(NoiseKind.PAGE_NUMBER);
    assertThat(StatementPageNoise.of("Page 2 of 5", 1)).contains(NoiseKind.PAGE_NUMBER);
    assertThat(StatementPageNoise.of("9/25/24, 10:31 AM Statement by the President", 1))
        .contains(NoiseKind.PRINT_HEADER);
    assertThat(StatementPageNoise.of("https://www.mfa.gov.by/en/press/news_mfa/ 1/3", 1))
        .contains(NoiseKind.URL);
    assertThat(StatementPageNoise.of("10:31 AM EST", 1)).contains(NoiseKind.TIME_STAMP);
    assertThat(StatementPageNoise.of("* * *", 1)).contains(NoiseKind.SEPARATOR);
    assertThat(StatementPageNoise.of("(Applause)", 1)).contains(NoiseKind.STAGE_DIRECTION);
    assertThat(StatementPageNoise.of("OFFICIAL", 3)).contains(NoiseKind.BANNER);
  }

  @Test
  void aNumberedParagraphIsNoPageNumberAndShortNumbersAndTimesAre() {
    // General Debate speeches number their paragraphs: told from page numbers without a pattern
    assertThat(StatementPageNoise.of("12. We welcome the report of the Secretary-General.", 1))
        .isEmpty();
    assertThat(StatementPageNoise.of("285. I take this opportunity", 1)).isEmpty();
    assertThat(StatementPageNoise.of("12", 1)).contains(NoiseKind.PAGE_NUMBER);
    assertThat(StatementPageNoise.of("3/10", 1)).contains(NoiseKind.PAGE_NUMBER);
    assertThat(StatementPageNoise.of("p. 4", 1)).contains(NoiseKind.PAGE_NUMBER);
    assertThat(StatementPageNoise.of("1:05 PM", 1)).contains(NoiseKind.TIME_STAMP);
    assertThat(StatementPageNoise.of("10.31 a.m.", 1)).contains(NoiseKind.TIME_STAMP);
    assertThat(StatementPageNoise.of("1/3/2024, 9:15 Statement", 1))
        .contains(NoiseKind.PRINT_HEADER);
  }

  @Test
  void textIsNoNoise() {
    assertThat(StatementPageNoise.of("Mr. President,", 1)).isEmpty();
    assertThat(StatementPageNoise.of("OFFICIAL", 1)).as("a banner repeats").isEmpty();
    assertThat(StatementPageNoise.of("(The speaker continued in French.)", 1))
        .as("only listed stage directions")
        .isEmpty();
  }

  @Test
  void separatorsAndChromeEndAParagraphOtherNoiseIsAPageBreak() {
    assertThat(NoiseKind.SEPARATOR.endsParagraph()).isTrue();
    assertThat(NoiseKind.SITE_CHROME.endsParagraph()).isTrue();
    assertThat(NoiseKind.PAGE_NUMBER.endsParagraph()).isFalse();
    assertThat(NoiseKind.RUNNING_HEAD.code()).isEqualTo("running_head");
    assertThat(NoiseKind.ofCode("job_number")).contains(NoiseKind.JOB_NUMBER);
    assertThat(NoiseKind.ofCode("footnote")).isEmpty();
  }
}
