package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import org.junit.jupiter.api.Test;

/** The notes that are signs of a verbatim record, read in the printed line in place. */
class RecordSignsTest {

  private static boolean isSign(String printed) {
    return NoteOpenings.isRecordSign(Line.split("x\n" + printed + "\n").get(1));
  }

  @Test
  void aNoteOpeningTheLineAfterWhiteSpaceIsASign() {
    // S/PV.8699, its French and Spanish editions
    assertThat(isSign("The meeting rose at 12.05 p.m.")).isTrue();
    assertThat(isSign("          The meeting was called to order at 10.05 a.m.")).isTrue();
    assertThat(isSign("\tLa séance est levée à 12 h 5.")).isTrue();
    assertThat(isSign("Se levanta la sesión a las 12.05 horas.")).isTrue();
  }

  @Test
  void aNoteInsideALineOrCutShortIsNone() {
    assertThat(isSign("When the meeting rose, we left.")).isFalse();
    assertThat(isSign("The meeting roses")).as("a whole word").isFalse();
    assertThat(isSign("\u2003The meeting rose")).as("only the pattern's white space").isFalse();
    assertThat(isSign("The meeting")).isFalse();
    assertThat(isSign("")).isFalse();
  }
}
