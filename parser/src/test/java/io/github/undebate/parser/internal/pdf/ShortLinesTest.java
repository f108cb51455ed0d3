package io.github.undebate.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that ends short of its column where running text would have taken the next line's first
 * word ends on purpose. The places are those of page 1 of Belarus's 2024 General Debate statement
 * (../shared/corpus/pdf/delivered/gadebate2024_by_ru.pdf): a head of six lines set 12 points apart
 * in 15-point type, then the speech, justified to 573.8.
 */
class ShortLinesTest {

  private static PdfLine line(float left, float baseline, String... words) {
    List<PdfWord> out = new ArrayList<>();
    float x = left;
    for (String w : words) {
      float width = w.length() * 7.5f;
      out.add(new PdfWord(w, x, x + width, baseline - 11f, baseline, 15f, false, false));
      x += width + 4f;
    }
    return new PdfLine(out);
  }

  private static List<PdfLine> body(float from) {
    List<PdfLine> lines = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      // justified: the words spread to the right edge
      List<PdfWord> words = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        float left = 85.1f + k * 61f;
        words.add(
            new PdfWord(
                "слово",
                left,
                left + 57f,
                from + 26f * i - 11f,
                from + 26f * i,
                15f,
                false,
                false));
      }
      lines.add(new PdfLine(words));
    }
    return lines;
  }

  private static String text(List<PdfLine> lines) {
    return PdfLayout.lay(new PdfText(List.of(new PdfPage(1, 595f, 842f, lines, false, 0))))
        .text()
        .text();
  }

  @Test
  void theLinesOfAHeadSetCloseTogetherAreApart() {
    List<PdfLine> lines = new ArrayList<>();
    lines.add(line(85.1f, 102.3f, "М.В.Рыженкова"));
    lines.add(line(85.1f, 114.3f, "79-я", "сессия", "Генеральной", "Ассамблеи", "ООН"));
    lines.add(line(85.1f, 126.3f, "Общая", "дискуссия"));
    lines.addAll(body(203.3f));
    assertThat(text(lines))
        .startsWith("М.В.Рыженкова\n\n79-я сессия Генеральной Ассамблеи ООН\n\nОбщая дискуссия\n");
  }

  @Test
  void runningTextAndACentredHeadingStayWhole() {
    List<PdfLine> lines = new ArrayList<>();
    // a heading centred over the column (85.1 to 569.1): the next line's word would fit, but the
    // line stands in as far as it ends short
    lines.add(line(270.6f, 100f, "Statement", "by", "the"));
    lines.add(line(272.6f, 112f, "Foreign", "Affairs"));
    lines.addAll(body(150f));
    String text = text(lines);
    assertThat(text).startsWith("Statement by the\nForeign Affairs\n");
    // justified lines run on
    assertThat(text).contains("слово\nслово слово");
  }
}
