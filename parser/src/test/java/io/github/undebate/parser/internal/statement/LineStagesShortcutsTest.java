package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The quick ways the line and paragraph stages read a line answer as the straightforward ways they
 * replace, on the corpora's lines and random texts.
 */
class LineStagesShortcutsTest {
  @Test
  void aParagraphNumberReadAtTheLineStartIsTheOneFindFinds() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusAndRandom(23, 24));
    for (String text : SampleTexts.corpusFiles().values()) {
      texts.addAll(text.lines().toList());
    }
    texts.addAll(List.of("12. We", "1.\tThe", "123.  x", "1234. x", "7.", "7. ", " 7. x"));
    int numbered = 0;
    for (String text : texts) {
      Matcher find = Paragraphing.PARAGRAPH_NUMBER.matcher(text);
      Matcher start = Paragraphing.PARAGRAPH_NUMBER.matcher(text);
      boolean found = find.find();
      assertThat(start.lookingAt()).as(text).isEqualTo(found);
      if (found) {
        assertThat(start.group()).as(text).isEqualTo(find.group());
        assertThat(start.end()).as(text).isEqualTo(find.end());
        numbered++;
      }
    }
    assertThat(numbered).isGreaterThan(100);
  }
}
