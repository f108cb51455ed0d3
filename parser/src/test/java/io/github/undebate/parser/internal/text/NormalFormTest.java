package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
}
