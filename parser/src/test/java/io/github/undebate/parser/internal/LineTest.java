package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.parser.internal.noise.NoiseKind;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineTest {

  @Test
  void splitsLinesAtEveryKindOfLineEnd() {
    String text = "S/PV.8699\r\nSecurity Council\rSeventy-fifth year\n\n\r\n8699th meeting";
    List<Line> lines = Line.split(text);
    assertThat(lines).extracting(Line::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(lines).extracting(Line::offset).containsExactly(0, 11, 28, 47, 48, 50);
    assertThat(lines)
        .extracting(Line::printed)
        .containsExactly(
            "S/PV.8699", "Security Council", "Seventy-fifth year", "", "", "8699th meeting");
    assertThat(Line.split("one\ntwo\n")).extracting(Line::printed).containsExactly("one", "two");
  }

  @Test
  void aRepairThatChangesNothingKeepsTheLine() {
    // a reader's cleaned copy of a text of many short lines must not hold every line twice
    Line line = Line.split("We condemn the attack.\n").get(0);
    assertThat(line.withText(new String("We condemn the attack."))).isSameAs(line);
    assertThat(line.withText("We condemn the attack").text()).isEqualTo("We condemn the attack");
  }

  @Test
  void aLineKnowsItsIndentationPageBreakAndComparedText() {
    // an indented paragraph start of S/PV.3756 as pdftotext prints it, and a page break
    List<Line> lines = Line.split("     The PRESIDENT:\u00A0I thank him.  \n\f\n   \n");
    Line first = lines.get(0);
    assertThat(first.indent()).isEqualTo(5);
    assertThat(first.isIndented()).isTrue();
    assertThat(first.text()).isEqualTo("The PRESIDENT: I thank him.");
    assertThat(first.pageBreak()).isFalse();
    assertThat(lines.get(1).pageBreak()).isTrue();
    assertThat(lines.get(1).isBlank()).isTrue();
    assertThat(lines.get(2).isIndented()).as("a blank line has no indentation").isFalse();
    assertThat(first.layout()).isEqualTo(Layout.NONE);
    assertThat(first.noise()).isEmpty();
  }

  @Test
  void aReaderRepairsAndClassifiesALineWithoutLosingItsOrigin() {
    Line line = Line.of(12, 340, "2/12 20-00806");
    Line noise = line.withText("2/12 20-00806").withNoise(NoiseKind.PAGE_NUMBER);
    assertThat(noise.noise()).contains(NoiseKind.PAGE_NUMBER);
    assertThat(noise.isNoise()).isTrue();
    assertThat(noise.number()).isEqualTo(12);
    assertThat(noise.offset()).isEqualTo(340);
    Line repaired = Line.of(3, 20, "M r .  D e i s s").withText("Mr. Deiss");
    assertThat(repaired.text()).isEqualTo("Mr. Deiss");
    assertThat(repaired.printed()).isEqualTo("M r .  D e i s s");
  }

  @Test
  void badOriginsAreRejected() {
    assertThatThrownBy(() -> new Line(0, 0, "x", "x", 0, false, Optional.empty(), Layout.NONE))
        .hasMessageContaining("number must be >= 1");
  }

  @Test
  void aLineIsCleanedAsItsPrintedFormIsAndACleanTextIsNotCopied() {
    java.util.Random random = new java.util.Random(14);
    String alphabet = "ab’. \t\u00A0\u2009\u202F\u2003\f";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder printed = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        printed.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Line line = Line.of(1, 0, printed.toString());
      assertThat(line.cleaned()).as("\"%s\"", printed).isEqualTo(Whitespace.clean(line.printed()));
    }
    Line clean = Line.of(4, 0, "   We reaffirm our commitment.  ");
    assertThat(clean.cleaned()).isSameAs(clean.text());
    assertThat(Line.of(5, 0, "285.\tI take this opportunity").cleaned())
        .isEqualTo("285. I take this opportunity");
    Line repaired = Line.of(3, 20, "M r .  D e i s s").withText("Mr. Deiss");
    assertThat(repaired.cleaned())
        .as("a repaired text is not the printed line")
        .isEqualTo("M r . D e i s s");
    Line indented = new Line(6, 0, "ab cd", "cd", 3, false, Optional.empty(), Layout.NONE);
    assertThat(indented.cleaned()).as("an indent that is no white space").isEqualTo("ab cd");
  }
}
