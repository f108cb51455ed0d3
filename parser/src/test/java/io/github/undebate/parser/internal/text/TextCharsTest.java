package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A text read in bulk holds what charAt reads, on a buffer reused for longer and shorter texts; and
 * the loops that read so count as they did with charAt (their old loops kept here to compare).
 */
class TextCharsTest {
  private static List<String> texts() {
    List<String> texts = SampleTexts.corpusAndRandom(20261207L, 7L);
    return texts;
  }

  @Test
  void holdsTheCharactersCharAtReads() {
    TextChars chars = TextChars.perThread().get();
    Random random = new Random(5);
    for (String text : texts()) {
      int n = text.length();
      char[] a = chars.of(text);
      for (int i = 0; i < n; i++) {
        assertThat(a[i]).isEqualTo(text.charAt(i));
      }
      int from = n == 0 ? 0 : random.nextInt(n + 1);
      int to = from + random.nextInt(n - from + 1);
      a = chars.of(text, from, to);
      for (int i = from; i < to; i++) {
        assertThat(a[i]).isEqualTo(text.charAt(i));
      }
      for (int start = 0; start < n; start += TextChars.CHUNK) {
        int end = Math.min(n, start + TextChars.CHUNK);
        a = chars.chunk(text, start, end);
        for (int i = start; i < end; i++) {
          assertThat(a[i - start]).isEqualTo(text.charAt(i));
        }
      }
    }
  }

  @Test
  void keepsNoMoreThanItSaysForAHugeText() {
    TextChars chars = TextChars.perThread().get();
    String huge = "a\u2019b ".repeat(TextChars.KEPT / 4 + 1);
    char[] own = chars.of(huge);
    assertThat(own.length).isEqualTo(huge.length());
    assertThat(new String(own)).isEqualTo(huge);
    char[] kept = chars.of("short \u2019");
    assertThat(kept).isNotSameAs(own);
    assertThat(kept.length).isLessThanOrEqualTo(TextChars.KEPT);
    char[] atTheLimit = chars.of(huge, 0, TextChars.KEPT);
    assertThat(atTheLimit.length).isEqualTo(TextChars.KEPT);
    assertThat(new String(atTheLimit)).isEqualTo(huge.substring(0, TextChars.KEPT));
    assertThat(chars.of(huge, 0, TextChars.KEPT)).isSameAs(atTheLimit);
  }

  @Test
  void refusesAChunkLongerThanItSays() {
    TextChars chars = TextChars.perThread().get();
    String text = "x".repeat(TextChars.CHUNK + 1);
    assertThatThrownBy(() -> chars.chunk(text, 0, text.length()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sentenceEndsAndWordsCountAsWithCharAt() {
    Random random = new Random(11);
    for (String text : texts()) {
      assertThat(SentenceEnds.count(text)).as(text).isEqualTo(oldSentenceEnds(text));
      assertThat(WordCount.of(text)).as(text).isEqualTo(oldWordCount(text, 0, text.length()));
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      assertThat(WordCount.of(text, from, to)).as(text).isEqualTo(oldWordCount(text, from, to));
    }
  }

  @Test
  void simpleTextsAreToldAsWithCharAt() {
    List<String> texts = texts();
    for (int at = 1020; at < 1030; at++) {
      texts.add("’".repeat(at) + "\u0130");
    }
    for (String text : texts) {
      assertThat(RootLowerCase.isSimple(text)).as(text).isEqualTo(oldIsSimple(text));
    }
  }

  private static boolean oldIsSimple(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
        return false;
      }
    }
    return true;
  }

  /** SentenceEnds.count as it read with charAt. */
  private static int oldSentenceEnds(String text) {
    int n = 0;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      int mark = i;
      if (c == '/' && text.charAt(i - 1) == '/') {
        mark = i - 1;
      } else if (c != '.' && c != '!' && c != '?' && c != '؟' && c != '。') {
        continue;
      }
      if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
        continue;
      }
      int j = mark - 1;
      if (c == '.' && j > 0 && text.charAt(j) == '.') {
        j--;
      }
      if (j > 0 && "\"”’'»)".indexOf(text.charAt(j)) >= 0) {
        j--;
      }
      while (j > 0 && Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK) {
        j--;
      }
      if (j >= 0 && Character.isLetter(text.charAt(j))) {
        n++;
      }
    }
    return n;
  }

  /** WordCount.of as it read with charAt. */
  private static int oldWordCount(String text, int from, int to) {
    if (from == to) {
      return 1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Whitespace.isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    if (words == 0) {
      return 0;
    }
    return Whitespace.isSpace(text.charAt(from)) ? words + 1 : words;
  }
}
