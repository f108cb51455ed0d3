package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digit scan read in chunks answers as its old charAt loop (kept here) does. */
class BulkReadingTest {
  @Test
  void mayHoldCitationAnswersAsWithCharAt() {
    List<String> texts = SampleTexts.corpusAndRandom(3L, 4L);
    // a digit just before, at and after a chunk's end
    for (int at : new int[] {60, 62, 63, 64, 65, 66, 1085, 1086, 1087, 1088, 1089, 1090}) {
      texts.add("’".repeat(at) + "7" + "’".repeat(5));
    }
    for (String text : texts) {
      assertThat(CitationFinder.mayHoldCitation(text)).as(text).isEqualTo(old(text));
    }
  }

  private static boolean old(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return text.contains("hapter") || text.contains("HAPTER");
  }
}
