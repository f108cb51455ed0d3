package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.parser.internal.noise.NoiseKind;
import io.github.undebate.parser.internal.text.SampleTexts;
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

  /**
   * A line cut from a text makes its printed form and its compared text only when asked; whichever
   * is asked first, in whatever order, each is what the text gives, and cleaning reads the text in
   * place to the same result as cleaning the printed line.
   */
  @Test
  void aLineCutFromATextGivesWhatItsPrintedFormGivesWhateverIsAskedFirst() {
    long seed = new java.util.Random().nextLong();
    java.util.Random random = new java.util.Random(seed);
    String alphabet = "ab’. \t\u00A0\u2009\u202F\u2003\f\n";
    Whitespace.Buffer buffer = new Whitespace.Buffer(4);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder input = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        input.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = input.toString();
      List<Line> lines = Line.split(text);
      List<Line> again = Line.split(text);
      for (int n = 0; n < lines.size(); n++) {
        Line line = lines.get(n);
        Line other = again.get(n);
        int order = random.nextInt(4);
        // one asked for its cleaned text first, the other for its printed form first
        String cleaned = order == 0 ? line.cleaned(buffer) : line.cleaned();
        String printed = other.printed();
        String as = String.format("seed %d, case %d, line %d: \"%s\"", seed, i, n, printed);
        assertThat(cleaned).as(as).isEqualTo(Whitespace.clean(printed));
        assertThat(other.cleaned(buffer)).as(as).isEqualTo(cleaned);
        assertThat(line.text()).as(as).isEqualTo(printed.strip().replace('\u00A0', ' '));
        assertThat(line.printed()).as(as).isEqualTo(printed);
        assertThat(line.stripped()).as(as).isEqualTo(printed.strip());
        assertThat(line.isBlank()).as(as).isEqualTo(printed.isBlank());
        assertThat(line).as(as).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(new PrintedView().of(other).toString()).as(as).isEqualTo(printed);
        Line fresh = Line.split(text).get(n);
        assertThat(fresh.withText(printed.strip().replace('\u00A0', ' ')))
            .as("%s: an unchanged text keeps the line", as)
            .isSameAs(fresh);
      }
    }
  }

  @Test
  void aTextIsSplitAfterAByteOrderMarkAsItsCopyWithoutTheMarkIs() {
    String text = "\uFEFF  S/PV.8699\r\n\fSecurity Council\rSeventy-fifth year\n";
    assertThat(Line.split(text, 1)).isEqualTo(Line.split(text.substring(1)));
    assertThat(Line.split(text, 1)).extracting(Line::offset).containsExactly(0, 13, 31);
    assertThat(Line.split(text, 1).get(1).pageBreak()).isTrue();
  }

  @Test
  void aPrintedLineIsReadInPlace() {
    Line line = Line.split("x\n  The meeting rose at 1 p.m.\n").get(1);
    assertThat(line.printedLength()).isEqualTo(28);
    assertThat(line.printedCharAt(2)).isEqualTo('T');
    assertThat(line.printedHolds("The meeting", 2)).isTrue();
    assertThat(line.printedHolds("The meeting", 3)).isFalse();
    assertThat(line.printedHolds("p.m.!", 25)).as("past the end").isFalse();
    assertThat(line.printedIndexOf('1')).isEqualTo(22);
    assertThat(line.printedIndexOf('\n')).isEqualTo(-1);
    assertThat(new PrintedView().of(line).subSequence(2, 5).toString()).isEqualTo("The");
  }

  /**
   * Every line of the corpora cleaned through a buffer, as the statement reader reads them, is its
   * printed form cleaned, and its compared text what it would be had it been made first.
   */
  @Test
  void everyCorpusLineCleanedInABufferIsItsPrintedFormCleaned() {
    Whitespace.Buffer buffer = new Whitespace.Buffer(16);
    int lines = 0;
    for (String text : SampleTexts.corpusFiles().values()) {
      for (Line line : Line.split(text)) {
        String printed = line.printed();
        Line fresh =
            new Line(
                line.number(),
                line.offset(),
                printed,
                printed.strip().replace('\u00A0', ' '),
                line.indent(),
                line.pageBreak(),
                line.noise(),
                line.layout());
        assertThat(line.cleaned(buffer)).as(printed).isEqualTo(Whitespace.clean(printed));
        assertThat(line.text()).as(printed).isEqualTo(fresh.text());
        lines++;
      }
      for (Line line : Line.split(text)) {
        String cleaned = line.cleaned(buffer); // the cleaned text first, the printed form after
        assertThat(line.printed())
            .isEqualTo(text.substring(line.offset(), line.offset() + line.printedLength()));
        assertThat(cleaned).as(line.printed()).isEqualTo(Whitespace.clean(line.printed()));
        assertThat(line.stripped()).as(line.printed()).isEqualTo(line.printed().strip());
      }
    }
    assertThat(lines).isGreaterThan(50_000);
  }
}
