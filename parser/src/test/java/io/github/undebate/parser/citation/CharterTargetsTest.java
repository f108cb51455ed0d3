package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Charter's targets come from tables made once, and the numbers are read in place: each
 * reference gets the target that spelling it out gives ("Charter, Article " and the number as
 * printed; "Charter, Chapter " and the numeral as read, OCR's "l" and "i" made "I").
 */
class CharterTargetsTest {

  @Test
  void everyArticleHasTheTargetItsNumberSpellsOut() {
    for (int n = 1; n <= 111; n++) {
      assertThat(Citations.in("as set out in Article " + n + " of the Charter."))
          .containsExactly("charter_article Charter, Article " + n);
    }
    // a leading zero is read as the number it prints, as Integer.parseInt reads it
    assertThat(Citations.in("as set out in Article 051 of the Charter."))
        .containsExactly("charter_article Charter, Article 51");
    assertThat(Citations.in("as set out in Articles 0 and 112 of the Charter.")).isEmpty();
  }

  @Test
  void everyChapterHasTheTargetItsNumeralSpellsOut() {
    String[] numerals = {
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
      "XVI", "XVII", "XVIII", "XIX"
    };
    for (String numeral : numerals) {
      assertThat(Citations.in("under Chapter " + numeral + " of the Charter."))
          .containsExactly("charter_chapter Charter, Chapter " + numeral);
    }
    // as OCR misreads them, and numerals that are no Chapter of the Charter
    assertThat(Citations.in("under Chapter Vill of the Charter."))
        .containsExactly("charter_chapter Charter, Chapter VIII");
    assertThat(Citations.in("under Chapter XX of the Charter.")).isEmpty();
    assertThat(Citations.in("under Chapter IIII of the Charter.")).isEmpty();
  }

  @Test
  void romanNumeralsFromTheTableAreTheOnesSpelledOut() {
    int[] values = {1, 4, 9, 14, 19, 40, 44, 49, 50, 51, 99, 1990};
    String[] spelled = {
      "I", "IV", "IX", "XIV", "XIX", "XL", "XLIV", "XLIX", "L", "LI", "XCIX", "MCMXC"
    };
    for (int k = 0; k < values.length; k++) {
      assertThat(Roman.of(values[k])).isEqualTo(spelled[k]);
      assertThat(Roman.value(spelled[k])).isEqualTo(values[k] <= 50 ? values[k] : 0);
    }
    for (String malformed : new String[] {"IIII", "VX", "IL", "", "i", "XIIX"}) {
      assertThat(Roman.value(malformed)).as(malformed).isZero();
    }
  }
}
