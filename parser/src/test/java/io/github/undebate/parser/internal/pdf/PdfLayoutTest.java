package io.github.undebate.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Layout;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfWord;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Each line of a laid-out PDF keeps what its page said of it. The words are those that PDFBox reads
 * from page 2 of S/PV.8700 (../shared/corpus/pdf/sc/S_PV.8700_E.pdf), with their boxes and type as
 * the reader gave them: one "word" a run of glyphs between gaps, its type that of its first glyph.
 */
class PdfLayoutTest {

  private static PdfWord w(
      String text, float left, float right, float top, float baseline, float size, boolean bold) {
    return new PdfWord(text, left, right, top, baseline, size, bold, false);
  }

  private static PdfWord italic(
      String text, float left, float right, float top, float baseline, float size) {
    return new PdfWord(text, left, right, top, baseline, size, false, true);
  }

  private static PdfText page2() {
    List<PdfLine> lines = new ArrayList<>();
    lines.add(
        new PdfLine(
            List.of(
                w("S/PV.8700", 60.0f, 102.5f, 58.1f, 63.7f, 8.0f, true),
                w("The situation in the Middle East", 235.6f, 378.9f, 57.1f, 63.7f, 10.0f, false),
                w("10/01/2020", 510.3f, 552.0f, 58.1f, 63.7f, 8.0f, true))));
    lines.add(
        new PdfLine(
            List.of(
                w("2/12", 60.0f, 78.6f, 720.4f, 726.0f, 8.0f, true),
                w("20-00806", 516.0f, 552.0f, 720.4f, 726.0f, 8.0f, false))));
    lines.add(
        new PdfLine(
            List.of(
                italic(
                    "The meeting was called to order at 6.05 p.m.",
                    78.0f,
                    272.8f,
                    87.4f,
                    94.1f,
                    10.0f))));
    lines.add(
        new PdfLine(
            List.of(w("Adoption of the agenda", 60.0f, 167.1f, 111.6f, 118.2f, 10.0f, true))));
    lines.add(
        new PdfLine(
            List.of(italic("The agenda was adopted.", 78.0f, 189.2f, 129.7f, 136.3f, 10.0f))));
    lines.add(
        new PdfLine(
            List.of(
                w(
                    "The situation in the Middle East",
                    60.0f,
                    209.4f,
                    153.8f,
                    160.5f,
                    10.0f,
                    true))));
    lines.add(
        new PdfLine(
            List.of(
                w(
                    "The President: In accordance with rule 37 of",
                    78.0f,
                    302.5f,
                    172.0f,
                    178.6f,
                    10.0f,
                    true))));
    lines.add(
        new PdfLine(
            List.of(
                w(
                    "the Council’s provisional rules of procedure, I invite",
                    60.0f,
                    302.6f,
                    184.2f,
                    190.8f,
                    10.0f,
                    false))));
    lines.add(
        new PdfLine(
            List.of(
                w(
                    "the representative of the Syrian Arab Republic to",
                    60.0f,
                    302.5f,
                    196.3f,
                    202.9f,
                    10.0f,
                    false))));
    lines.add(
        new PdfLine(
            List.of(
                w("participate in this meeting.", 60.0f, 177.4f, 208.5f, 215.0f, 10.0f, false))));
    lines.add(
        new PdfLine(
            List.of(
                w(
                    "The Security Council will now begin its",
                    78.0f,
                    302.5f,
                    226.6f,
                    233.2f,
                    10.0f,
                    false))));
    lines.add(
        new PdfLine(
            List.of(
                w(
                    "consideration of the item on its agenda.",
                    60.0f,
                    231.3f,
                    238.8f,
                    245.3f,
                    10.0f,
                    false))));
    return new PdfText(List.of(new PdfPage(2, 612f, 792f, lines, false, 0)));
  }

  @Test
  void everyLineOfTheTextKeepsItsPageBandAndType() {
    LaidOutText laid = PdfLayout.lay(page2());
    List<Line> lines = Line.split(laid.text().text());
    assertThat(laid.layouts()).hasSameSizeAs(lines);
    assertThat(laid.layouts()).allMatch(l -> l.page().equals(OptionalInt.of(2)));
    assertThat(layoutOf(lines, laid, "The President: In accordance with rule 37 of"))
        .isEqualTo(new Layout(OptionalInt.of(2), Layout.Band.BODY, true, false));
    assertThat(layoutOf(lines, laid, "the Council’s provisional rules of procedure, I invite"))
        .isEqualTo(new Layout(OptionalInt.of(2), Layout.Band.BODY, false, false));
    assertThat(layoutOf(lines, laid, "The agenda was adopted.").italic()).isTrue();
    // a head that no other page repeats is text, and says that it stood in the top band
    assertThat(layoutOf(lines, laid, "S/PV.8700 The situation in the Middle East 10/01/2020"))
        .isEqualTo(new Layout(OptionalInt.of(2), Layout.Band.HEADER, true, false));
    // the page number left; the blank lines between paragraphs are body lines in no type
    assertThat(lines).noneMatch(l -> l.text().startsWith("2/12"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        assertThat(laid.layouts().get(i).bold()).isFalse();
      }
    }
  }

  private static Layout layoutOf(List<Line> lines, LaidOutText laid, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().equals(text)) {
        return laid.layouts().get(i);
      }
    }
    throw new AssertionError("no line " + text + " in " + laid.text().text());
  }
}
