package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A statement's interpretation in another language, as bilingual records print it (issue 16). */
class InterpretationTest {

  // the English from ungdc-sample/UNGDC_BEL_01_1946.txt, the French from
  // delivered/gadebate2024_sn_fr.txt (no record of the corpus prints both)
  private static final Paragraph ENGLISH =
      Paragraph.body(
          "The principal organs of the United Nations have now been functioning for nearly nine"
              + " months.");
  private static final Paragraph FRENCH =
      Paragraph.body(
          "Le Sénégal renouvelle son plein soutien à sa mission en ces temps de grandes"
              + " turbulences mondiales.");

  @Test
  void theInterpretationIsKeptApartFromTheSpeech() {
    Statement s =
        new Statement(
            "sp1",
            Optional.empty(),
            List.of(ENGLISH),
            List.of(new Interpretation("fr", List.of(FRENCH))));
    assertThat(s.paragraphs()).containsExactly(ENGLISH);
    assertThat(s.interpretations())
        .singleElement()
        .extracting(Interpretation::language)
        .isEqualTo("fr");
  }

  @Test
  void theConstructorOfBeforeMakesAStatementWithoutInterpretations() {
    Statement s = new Statement("sp1", Optional.empty(), List.of(ENGLISH));
    assertThat(s.interpretations()).isEmpty();
    assertThat(s).isEqualTo(new Statement("sp1", Optional.empty(), List.of(ENGLISH), List.of()));
  }

  @Test
  void anInterpretationNamesItsLanguageAndHasParagraphs() {
    assertThatThrownBy(() -> new Interpretation("French", List.of(FRENCH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be an ISO 639-1 code, was \"French\"");
    assertThatThrownBy(() -> new Interpretation("fr", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an interpretation has at least one paragraph");
    assertThatThrownBy(() -> new Interpretation(null, List.of(FRENCH)))
        .isInstanceOf(NullPointerException.class);
  }
}
