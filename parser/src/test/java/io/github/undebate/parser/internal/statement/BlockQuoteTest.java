package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A paragraph that is one quotation, told in place as the copies of the text once told it. */
class BlockQuoteTest {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:\\s]+$");

  @Test
  void aWholeParagraphInQuotationMarksIsABlockQuote() {
    assertThat(QuotedSpeech.isBlockQuote("  “We stand ready to assist the parties.”.  ")).isTrue();
    assertThat(QuotedSpeech.isBlockQuote("“We stand ready,” he said, “to assist.”")).isFalse();
    assertThat(QuotedSpeech.isBlockQuote("We stand ready to assist the parties.")).isFalse();
    assertThat(QuotedSpeech.isBlockQuote("“Too short.”")).isFalse();
  }

  @Test
  void aLoneQuotationMarkBeforePunctuationIsNoQuotation() {
    // the copies once cut an empty inner text out of it and failed
    assertThat(QuotedSpeech.isBlockQuote("\"...................;;;")).isFalse();
  }

  @Test
  void tellsWhatTheCopiesOfTheTextTold() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab “”«»\".,;:\t\u2003\u0085";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      Boolean before = byCopies(text);
      if (before != null) {
        assertThat(QuotedSpeech.isBlockQuote(text))
            .as("seed %d, case %d: \"%s\"", seed, i, text)
            .isEqualTo(before);
      }
    }
  }

  /** The test as it was made of copies of the text; null where it failed. */
  private static Boolean byCopies(String text) {
    String t = text.strip();
    if (t.length() < 20) {
      return false;
    }
    char first = t.charAt(0);
    if (!(first == '“' || first == '«' || first == '"')) {
      return false;
    }
    String end = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
    char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
    if (!(last == '”' || last == '»' || last == '"')) {
      return false;
    }
    if (end.length() < 2) {
      return null;
    }
    String inner = end.substring(1, end.length() - 1);
    return inner.indexOf('”') < 0 && inner.indexOf('»') < 0 && inner.indexOf('"') < 0;
  }
}
