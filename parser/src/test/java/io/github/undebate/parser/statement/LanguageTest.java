package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The language of a statement is told from its own words; English is left empty. */
class LanguageTest {

  private static Optional<String> language(String file) {
    Debate d = Corpus.parse(file);
    return d.statements().get(0).language();
  }

  @Test
  void tellsFrenchPortugueseAndRussianOriginals() {
    assertThat(language("delivered/gadebate2024_sn_fr.txt")).contains("fr");
    assertThat(language("delivered/gadebate2024_br_pt.txt")).contains("pt");
    assertThat(language("delivered/gadebate2024_by_ru.txt")).contains("ru");
  }

  @Test
  void leavesEnglishEmpty() {
    assertThat(language("delivered/gadebate2024_cn_en.txt")).isEmpty();
    assertThat(language("ga/UNGDC_IRQ_58_2003.txt")).isEmpty();
  }
}
