package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names the country table indexes apart, and which texts may hold them. */
class ScriptsTest {

  @Test
  void namesAreLatinOtherOrMixed() {
    assertThat(Scripts.of("Côte d’Ivoire")).isEqualTo(Scripts.Kind.LATIN);
    assertThat(Scripts.of("Việt Nam")).isEqualTo(Scripts.Kind.LATIN);
    assertThat(Scripts.of("(1)")).isEqualTo(Scripts.Kind.LATIN);
    assertThat(Scripts.of("Российская Федерация")).isEqualTo(Scripts.Kind.OTHER);
    assertThat(Scripts.of("الاتحاد الروسي")).isEqualTo(Scripts.Kind.OTHER);
    assertThat(Scripts.of("俄罗斯联邦")).isEqualTo(Scripts.Kind.OTHER);
    assertThat(Scripts.of("Ελλάδα")).isEqualTo(Scripts.Kind.OTHER);
    assertThat(Scripts.of("Россия (Russia)")).isEqualTo(Scripts.Kind.MIXED);
    assertThat(Scripts.of("Рossия")).as("a Latin P among Cyrillic").isEqualTo(Scripts.Kind.MIXED);
  }

  @Test
  void aTextMayHoldOtherNamesOnlyWithALetterFromU0370On() {
    assertThat(Scripts.mayHoldOther("The Russian Federation — “Côte d’Ivoire” … 5 €")).isFalse();
    assertThat(Scripts.mayHoldOther("Министр иностранных дел")).isTrue();
    assertThat(Scripts.mayHoldOther("Việt Nam")).as("over-approximated, never missed").isTrue();
    assertThat(Scripts.mayHoldOther("\uD840\uDC00")).isTrue();
  }

  @Test
  void namesInOtherScriptsAreFoundAndMergedInTextOrder() {
    Countries countries = Countries.standard();
    assertThat(countries.lookup("Российская Федерация").map(Country::alpha3)).contains("RUS");
    assertThat(
            countries.findAll("Франция, France and Германия").stream()
                .map(m -> m.country().alpha3() + "@" + m.start())
                .toList())
        .containsExactly("FRA@0", "FRA@9", "DEU@20");
  }
}
