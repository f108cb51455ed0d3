package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Long and adversarial text stays fast: finding is one pass over the words. The limit is generous
 * for a loaded machine; work that grew with the square of the length would take minutes here.
 */
class PathologicalNamesTest {

  @Test
  void longTextsOfNearMissesAreFast() {
    String[] nasty = {
      "Papua New ".repeat(20_000),
      "U.S.".repeat(50_000),
      "Democratic Republic of the ".repeat(8_000),
      "'".repeat(200_000) + "s",
      "a.".repeat(100_000),
    };
    for (String text : nasty) {
      long start = System.nanoTime();
      Countries.standard().findAll(text);
      Organizations.standard().find(text);
      Organs.standard().find(text);
      Honorifics.standard().leading(text);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("time for %d characters starting %s", text.length(), text.substring(0, 12))
          .isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void everyWordOfALongTextIsChecked() {
    String text = "and ".repeat(50_000) + "Nigeria";
    CountryMention m = Countries.standard().find(text).orElseThrow();
    assertThat(m.country().name()).isEqualTo("Nigeria");
    assertThat(text.substring(m.start(), m.end())).isEqualTo("Nigeria");
  }
}
