package io.github.undebate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationTest {

  // From S/PV.8700: "... contained in document S/2020/24."
  @Test
  void acceptsAConsistentSpan() {
    Citation c = new Citation(CitationType.DOCUMENT, "S/2020/24", 125, 134, "S/2020/24");
    assertThat(c.end() - c.start()).isEqualTo(c.text().length());
  }

  @Test
  void rejectsNullTypeTextAndTarget() {
    assertThatThrownBy(() -> new Citation(null, "S/2020/24", 0, 9, "S/2020/24"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> new Citation(CitationType.DOCUMENT, null, 0, 9, "S/2020/24"))
        .hasMessageContaining("text");
    assertThatThrownBy(() -> new Citation(CitationType.DOCUMENT, "S/2020/24", 0, 9, null))
        .hasMessageContaining("target");
  }

  @Test
  void rejectsBlankTextAndTarget() {
    assertThatThrownBy(() -> new Citation(CitationType.DOCUMENT, " ", 0, 1, "S/2020/24"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text must not be blank");
    assertThatThrownBy(() -> new Citation(CitationType.DOCUMENT, "S/2020/24", 0, 9, ""))
        .hasMessageContaining("target must not be blank");
  }

  @Test
  void rejectsNegativeStart() {
    assertThatThrownBy(() -> new Citation(CitationType.RULE, "rule 37", -1, 6, "rule 37"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start must be >= 0");
  }

  @Test
  void rejectsStartAfterEnd() {
    assertThatThrownBy(() -> new Citation(CitationType.RULE, "rule 37", 12, 9, "rule 37"))
        .hasMessage("start must be <= end, was 12 > 9");
  }

  @Test
  void rejectsSpanOfOtherLengthThanText() {
    assertThatThrownBy(() -> new Citation(CitationType.RULE, "rule 37", 0, 5, "rule 37"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end - start must equal the length of text");
  }
}
