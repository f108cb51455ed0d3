package io.github.undebate.parser.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one reading of a speech's paragraphs ({@link TextLanguage#read}) says what the three readings
 * it stands for say: {@link TextLanguage#notEnglish}, {@link WordCount#of(String)} and {@link
 * SentenceEnds#count} summed over the paragraphs.
 */
class TextLanguageReadingTest {
  private static TextLanguage.Reading straightforward(List<String> paragraphs) {
    int words = 0;
    int ends = 0;
    for (String p : paragraphs) {
      words += WordCount.of(p);
      ends += SentenceEnds.count(p);
    }
    return new TextLanguage.Reading(TextLanguage.notEnglish(paragraphs), words, ends);
  }

  @Test
  void readsAsTheThreeReadingsOnEveryCorpusFileInParagraphs() {
    int files = 0;
    for (var file : SampleTexts.corpusFiles().entrySet()) {
      List<String> paragraphs = Arrays.asList(file.getValue().split("\n\\s*\n"));
      assertThat(TextLanguage.read(paragraphs))
          .as(file.getKey().toString())
          .isEqualTo(straightforward(paragraphs));
      List<String> lines = file.getValue().lines().toList();
      assertThat(TextLanguage.read(lines))
          .as(file.getKey().toString())
          .isEqualTo(straightforward(lines));
      files++;
    }
    assertThat(files).isGreaterThan(300);
  }

  @Test
  void readsAsTheThreeReadingsOnRandomTexts() {
    List<String> texts = SampleTexts.corpusAndRandom(16, 1616);
    Random random = new Random(16);
    int ended = 0;
    for (int i = 0; i < texts.size(); ) {
      int k = Math.min(texts.size() - i, 1 + random.nextInt(4));
      List<String> paragraphs = new ArrayList<>(texts.subList(i, i + k));
      TextLanguage.Reading expected = straightforward(paragraphs);
      assertThat(TextLanguage.read(paragraphs))
          .as(String.join("|", paragraphs))
          .isEqualTo(expected);
      ended += expected.sentenceEnds() > 0 ? 1 : 0;
      i += k;
    }
    assertThat(ended).isGreaterThan(1_000);
  }

  @Test
  void countsTheWordsAndEndsOfAShortSpeech() {
    TextLanguage.Reading r =
        TextLanguage.read(
            List.of(" We condemn it. Do we?", "", "   ", "S/PV.8745 and 12.3 remain"));
    assertThat(r.notEnglish()).isEmpty();
    // " We condemn it. Do we?" splits into 6 (a leading empty one), "" into 1, "   " into none
    assertThat(r.words()).isEqualTo(6 + 1 + 0 + 4);
    assertThat(r.sentenceEnds()).isEqualTo(2);
  }
}
