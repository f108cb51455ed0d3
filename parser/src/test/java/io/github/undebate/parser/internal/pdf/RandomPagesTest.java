package io.github.undebate.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages of words at random places, right to left, left to right and mixed, as a hostile or broken
 * PDF may give them: the layout reads every one of them (the right-to-left reading, the columns,
 * the paragraph breaks and the column measure order and join words, they never drop or invent a
 * letter). Seeded; the seed is in every failure's message.
 */
class RandomPagesTest {
  private static final String ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Test
  void everyLetterOfAPageOfWordsAtRandomPlacesIsRead() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      PdfText pdf =
          new PdfText(List.of(page(random, round % 50 == 0 ? 3000 : 1 + random.nextInt(80))));
      String in = letters(pdf);
      String out = PdfLayout.lay(pdf).text().text();
      assertThat(sorted(out))
          .as("seed %d, round %d: the letters of the page are the letters of the text", seed, round)
          .isEqualTo(sorted(in));
    }
  }

  /** A page of {@code lines} lines in its body band, each of words of one script or mixed. */
  private static PdfPage page(Random random, int lines) {
    float width = 595f;
    float height = 842f;
    List<PdfLine> out = new ArrayList<>();
    int script = random.nextInt(3); // 0 Arabic, 1 Latin, 2 either, word by word
    for (int i = 0; i < lines; i++) {
      // baselines in the body band (no running heads or page numbers to take away), at times out
      // of order or on one another's
      float baseline = height * 0.15f + random.nextFloat() * height * 0.7f;
      float size = 8f + random.nextInt(10);
      List<PdfWord> words = new ArrayList<>();
      float x = 40f + random.nextFloat() * 100f;
      for (int k = 1 + random.nextInt(12); k > 0; k--) {
        String alphabet =
            switch (script) {
              case 0 -> ARABIC;
              case 1 -> LATIN;
              default -> random.nextBoolean() ? ARABIC : LATIN;
            };
        StringBuilder word = new StringBuilder();
        for (int n = 2 + random.nextInt(8); n > 0; n--) {
          word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        float w = word.length() * size * (0.3f + random.nextFloat() * 0.4f);
        // at times over the word before (a word drawn over another, a broken text layer)
        float left = random.nextInt(10) == 0 ? x - w / 2 : x;
        words.add(
            new PdfWord(
                word.toString(), left, left + w, baseline - size, baseline, size, false, false));
        x = left + w + size * (0.2f + random.nextFloat() * (random.nextInt(8) == 0 ? 20f : 0.5f));
      }
      out.add(new PdfLine(words));
    }
    return new PdfPage(1, width, height, out, false, 0);
  }

  private static String letters(PdfText pdf) {
    StringBuilder b = new StringBuilder();
    for (PdfPage p : pdf.pages()) {
      for (PdfLine l : p.lines()) {
        for (PdfWord w : l.words()) {
          b.append(w.text());
        }
      }
    }
    return b.toString();
  }

  private static String sorted(String s) {
    return s.codePoints()
        .filter(Character::isLetter)
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
