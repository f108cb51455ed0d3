package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.undebate.core.Debate;
import io.github.undebate.core.RecordKind;
import io.github.undebate.parser.DebateParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Nasty input shaped like a verbatim record stays fast: no pattern backtracks without bound. */
class PathologicalVerbatimTest {
  // The first lines of S/PV.8701, so that the text is read as a verbatim record.
  private static final String HEADER =
      String.join(
          "\n",
          "United Nations S/ PV.8701",
          "Security Council",
          "Seventy-fifth year",
          "8701st meeting",
          "Monday, 13 January 2020, 10 a.m.",
          "New York",
          "President : Mr. Dang  ...................................... (Viet Nam)",
          "The meeting was called to order at 10.20 a.m.",
          "The President : The Security Council will now begin its consideration.",
          "");

  private static Debate parseFast(String body) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> DebateParser.create().parse(HEADER + body));
  }

  @Test
  void longLinesOfLabelLikeText() {
    String nasty =
        "Mr. A (B (C (D ".repeat(20_000)
            + "\n"
            + ". ".repeat(100_000)
            + "\n"
            + "Mr. ".repeat(50_000)
            + "\n"
            + "The meeting was suspended at ".repeat(10_000)
            + "\n"
            + "In favour : "
            + "Niger, ".repeat(30_000)
            + "\n";
    Debate d = parseFast(nasty);
    assertThat(d.kind()).isEqualTo(RecordKind.VERBATIM_RECORD);
  }

  @Test
  void manyShortLinesThatLookLikeNoiseAndNotes() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      body.append(i % 3 == 0 ? "2/12 20-00806\n" : "")
          .append("Draft resolution ")
          .append(i)
          .append(" was\n")
          .append("[Subsequently\n");
    }
    Debate d = parseFast(body.toString());
    assertThat(d.statements()).isNotEmpty();
  }
}
