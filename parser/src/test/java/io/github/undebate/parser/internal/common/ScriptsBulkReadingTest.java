package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other-script scan read in chunks answers as its old charAt loop (kept here) does. */
class ScriptsBulkReadingTest {
  @Test
  void mayHoldOtherAnswersAsWithCharAt() {
    List<String> texts = SampleTexts.corpusAndRandom(5L, 6L);
    for (int at = 1020; at < 1030; at++) {
      texts.add("’".repeat(at) + "ж");
      texts.add("a".repeat(at) + "\uDC00");
    }
    for (String text : texts) {
      assertThat(Scripts.mayHoldOther(text)).as(text).isEqualTo(old(text));
    }
  }

  private static boolean old(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x370 && (Character.isLetter(c) || Character.isSurrogate(c))) {
        return true;
      }
    }
    return false;
  }
}
