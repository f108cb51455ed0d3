package io.github.undebate.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfWord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page written right to left, as the PDF reader gives it: each line's words as they stand on the
 * page, left to right, each word's text already in reading order. The words and their places are
 * those of page 1 of Iraq's 2024 General Debate statement
 * (../shared/corpus/pdf/delivered-2024/gadebate2024_iq_ar.pdf), lines 8 to 10, shortened.
 */
class RightToLeftLayoutTest {

  private static PdfWord w(String text, float left, float right, float baseline) {
    return new PdfWord(text, left, right, baseline - 12f, baseline, 13.2f, false, false);
  }

  private static PdfText page(List<PdfLine> lines) {
    return new PdfText(List.of(new PdfPage(1, 595f, 842f, lines, false, 0)));
  }

  @Test
  void aRightToLeftLineReadsFromTheRightWithDigitsLeftToRight() {
    PdfText pdf =
        page(
            List.of(
                new PdfLine(
                    List.of(
                        w("الجمعيةِ", 84.1f, 148.7f, 305.5f),
                        w("79", 156.9f, 170.0f, 305.5f),
                        w("الدورةُ", 419.0f, 473.1f, 305.5f),
                        w("تأتي", 481.3f, 516.6f, 305.5f)))));
    assertThat(PdfLayout.lay(pdf).text().text()).isEqualTo("تأتي الدورةُ 79 الجمعيةِ\n");
  }

  @Test
  void aLatinNameInsideAnArabicLineKeepsItsOrder() {
    PdfText pdf =
        page(
            List.of(
                new PdfLine(
                    List.of(
                        w("اليوم", 84.1f, 120f, 305.5f),
                        w("New", 130f, 150f, 305.5f),
                        w("York", 155f, 180f, 305.5f),
                        w("في", 190f, 200f, 305.5f),
                        w("نحن", 210f, 230f, 305.5f)))));
    assertThat(PdfLayout.lay(pdf).text().text()).isEqualTo("نحن في New York اليوم\n");
  }

  @Test
  void theShortLastLineOfAParagraphIsNoIndentOfTheNext() {
    // right aligned, the last line of a paragraph stands in from the left: that is no indent
    PdfText pdf =
        page(
            List.of(
                new PdfLine(List.of(w("وأصبحَ", 84.1f, 130f, 100f), w("وجرى", 480f, 518.1f, 100f))),
                new PdfLine(List.of(w("يقفُ", 84.1f, 130f, 130f), w("بينما", 480f, 518.1f, 130f))),
                new PdfLine(List.of(w("دور.", 300f, 330f, 160f), w("مجلسُ", 480f, 518.1f, 160f))),
                new PdfLine(List.of(w("ومع", 84.1f, 110f, 190f), w("غيابِ", 440f, 480f, 190f)))));
    // the last line stands in from the right: a new paragraph
    assertThat(PdfLayout.lay(pdf).text().text())
        .isEqualTo("وجرى وأصبحَ\nبينما يقفُ\nمجلسُ دور.\n\nغيابِ ومع\n");
  }

  @Test
  void aRightToLeftPageOfTwoColumnsReadsItsRightColumnFirst() {
    List<PdfLine> lines = new java.util.ArrayList<>();
    String[] right = {"أ", "ب", "ت", "ث", "ج", "ح", "خ", "د"};
    String[] left = {"ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط"};
    for (int i = 0; i < 8; i++) {
      float baseline = 100f + 14f * i;
      // drawn together across the gutter, as a page may draw both columns' lines
      lines.add(
          new PdfLine(List.of(w(left[i], 40f, 280f, baseline), w(right[i], 320f, 560f, baseline))));
    }
    assertThat(PdfLayout.lay(page(lines)).text().text())
        .isEqualTo(String.join("\n", right) + "\n" + String.join("\n", left) + "\n");
  }
}
