package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.NormalForm;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-text scan read in chunks answers as its old charAt loop (kept here) does. */
class UnreadableBulkReadingTest {
  @Test
  void plainAnswersAsWithCharAt() {
    List<String> texts = SampleTexts.corpusAndRandom(8L, 9L);
    for (int at = 1020; at < 1030; at++) {
      texts.add("’".repeat(at) + "\u0001" + "x");
      texts.add("e\u0301".repeat(at / 2));
    }
    Random random = new Random(10);
    for (String text : texts) {
      int from = random.nextInt(Math.min(text.length(), 2_000) + 1);
      assertThat(UnreadableCharacters.plain(text, from)).as(text).isEqualTo(old(text, from));
      assertThat(UnreadableCharacters.plain(text, 0)).as(text).isEqualTo(old(text, 0));
    }
  }

  private static boolean old(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20
          ? c >= 0x7F && (c <= 0x9F || !NormalForm.isSettled(c))
          : c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
