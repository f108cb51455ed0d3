package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A text joined from pieces reads as the StringBuilder it replaces would. */
class JoinedTextTest {
  @Test
  void readsAndDropsAtTheEndAsABuilderWould() {
    JoinedText joined = new JoinedText();
    StringBuilder builder = new StringBuilder();
    for (String piece :
        new String[] {"The Government of Timor-", "", "Leste", " ", "“supports”", "-"}) {
      joined.append(piece);
      builder.append(piece);
    }
    assertThat(joined.length()).isEqualTo(builder.length());
    for (int i = 0; i < builder.length(); i++) {
      assertThat(joined.charAt(i)).as("at " + i).isEqualTo(builder.charAt(i));
    }
    for (int from = 0; from <= builder.length(); from++) {
      assertThat(joined.from(from)).isEqualTo(builder.substring(from));
    }
    joined.dropLast();
    builder.setLength(builder.length() - 1);
    joined.dropLast();
    builder.setLength(builder.length() - 1);
    assertThat(joined.toString()).isEqualTo(builder.toString()).endsWith("supports");
  }

  @Test
  void oneLineIsTheTextItselfAndNothingIsEmpty() {
    String line = "We reaffirm our commitment.";
    assertThat(new JoinedText().append(line).toString()).isSameAs(line);
    assertThat(new JoinedText().toString()).isEmpty();
    assertThatThrownBy(() -> new JoinedText().dropLast()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JoinedText().append("ab").charAt(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
