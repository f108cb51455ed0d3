package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line's characters land at the buffer's start, however far into the text the line stands. */
class LineCharsTest {
  @Test
  void givesTheLinesCharactersFromIndexZero() {
    LineChars chars = new LineChars();
    String text = "x".repeat(300_000) + "\nThe “meeting” rose.\n" + "y".repeat(70_000);
    int from = 300_001;
    int to = text.indexOf('\n', from);
    char[] a = chars.of(text, from, to);
    assertThat(new String(a, 0, to - from)).isEqualTo("The “meeting” rose.");
    assertThat(a.length).isLessThan(1_000); // no buffer as long as the text
    char[] longLine = chars.of(text, to + 1, text.length());
    assertThat(new String(longLine, 0, 70_000)).isEqualTo("y".repeat(70_000));
    // a line longer than the buffer keeps gets its own array; the buffer serves the next line
    assertThat(chars.of(text, from, to)).isSameAs(a);
  }
}
