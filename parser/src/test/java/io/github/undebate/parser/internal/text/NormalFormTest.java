package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalFormTest {

  @Test
  void ordinaryTextIsNormalisedAsTheJdkDoesItWithoutADiagnostic() {
    // decomposed accents as PDF-to-text prints them: "Côte d’Ivoire", "Viet Nam" in Vietnamese
    String text = "Co\u0302te d’Ivoire, Vie\u0323\u0302t Nam, Ko\u0308ln";
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(NormalForm.nfc(text, diagnostics))
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC))
        .isEqualTo("Côte d’Ivoire, Việt Nam, Köln");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void thirtyMarksOnALetterAreStillNormalised() {
    String text = "a" + "\u0316\u0301".repeat(15) + " b";
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(NormalForm.nfc(text, diagnostics))
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aLongerRunIsKeptAsItIsAndSaidWhileTheTextAroundItIsNormalised() {
    String marks = "\u0301\u0316".repeat(20);
    String text = "Co\u0302te " + "x" + marks + " Ko\u0308ln";
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(NormalForm.nfc(text, diagnostics)).isEqualTo("Côte x" + marks + " Köln");
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).code()).isEqualTo("input.marks_not_normalised");
    assertThat(diagnostics.get(0).message()).contains("40 combining marks at offset 7");
  }

  @Test
  void marksOutsideTheBasicPlaneCountToo() {
    // U+1D167 and U+1D16D (musical combining marks) have different combining classes
    String marks = "\uD834\uDD67\uD834\uDD6D".repeat(20);
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(NormalForm.nfc("x" + marks, diagnostics)).isEqualTo("x" + marks);
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly("input.marks_not_normalised");
  }

  @Test
  void aSettledCharacterIsAnAssignedCharacterInNfcAndNoMark() {
    int settled = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!NormalForm.isSettled((char) c)) {
        continue;
      }
      settled++;
      String s = String.valueOf((char) c);
      int type = Character.getType(c);
      assertThat(Normalizer.normalize(s, Normalizer.Form.NFC)).as("U+%04X", c).isEqualTo(s);
      assertThat(type)
          .as("U+%04X", c)
          .isNotIn(
              (int) Character.NON_SPACING_MARK,
              (int) Character.COMBINING_SPACING_MARK,
              (int) Character.ENCLOSING_MARK,
              (int) Character.UNASSIGNED,
              (int) Character.SURROGATE);
      // the Hangul vowels and final consonants compose with the letter before them
      assertThat(c < 0x1100 || c > 0x11FF).as("U+%04X", c).isTrue();
    }
    assertThat(settled).isGreaterThan(1000);
  }

  @Test
  void twoSettledCharactersNeverComposeOrReorder() {
    List<Character> settled = settledCharacters();
    char[] pair = new char[2];
    for (char a : settled) {
      for (char b : settled) {
        pair[0] = a;
        pair[1] = b;
        String s = new String(pair);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X", (int) a, (int) b));
        }
      }
    }
  }

  @Test
  void aTextOfSettledCharactersIsNfcAndAnyOtherIsDecidedByTheNormaliser() {
    List<Character> settled = settledCharacters();
    // what may follow: marks that compose ("e" + U+0301), reorder or stand alone, a Hangul vowel,
    // singletons (U+2000, U+212B), a surrogate pair, a lone surrogate
    String others = "\u0301\u0316\u0345\u0483\u1161\u11A8\u2000\u212B\u0374\uD834\uDD67\uD800";
    Random random = new Random(14);
    int unsettled = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(
            random.nextInt(40) == 0
                ? others.charAt(random.nextInt(others.length()))
                : settled.get(random.nextInt(settled.size())));
      }
      String text = b.toString();
      List<Diagnostic> diagnostics = new ArrayList<>();
      String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
      if (NormalForm.isSettled(text, 0)) {
        assertThat(normal).as(text).isEqualTo(text);
        assertThat(NormalForm.nfc(text, diagnostics)).isSameAs(text);
        assertThat(NormalForm.isNfc(text, 0)).isTrue();
      } else {
        unsettled++;
        assertThat(NormalForm.nfc(text, diagnostics)).as(text).isEqualTo(normal);
        assertThat(NormalForm.isNfc(text, 0))
            .as(text)
            .isEqualTo(Normalizer.isNormalized(text, Normalizer.Form.NFC));
      }
      assertThat(diagnostics).isEmpty();
    }
    assertThat(unsettled).isBetween(1000, 19_000);
  }

  private static List<Character> settledCharacters() {
    List<Character> settled = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (NormalForm.isSettled((char) c)) {
        settled.add((char) c);
      }
    }
    return settled;
  }
}
