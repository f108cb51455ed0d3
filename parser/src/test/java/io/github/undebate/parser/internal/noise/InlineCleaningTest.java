package io.github.undebate.parser.internal.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a statement's line holds that is not its words, cut out with a diagnostic. */
class InlineCleaningTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final InlineCleaning cleaning = new InlineCleaning();

  private String clean(int number, String line) {
    return cleaning.clean(number, line, Whitespace.clean(line), diagnostics);
  }

  @Test
  void markupAndStageDirectionsAreCut() {
    assertThat(clean(1, "We stand **united** (Applause) for peace."))
        .isEqualTo("We stand united for peace.");
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly("removed.markup", "removed.stage_direction");
    assertThat(diagnostics.get(1).excerpt()).isEqualTo("(Applause)");
  }

  @Test
  void aTagCutByALineBreakIsRemovedOverBothLines() {
    assertThat(clean(1, "Thank you. <span")).isEqualTo("Thank you.");
    assertThat(clean(2, "style=\"color:red\">Mr. President,")).isEqualTo("Mr. President,");
    assertThat(diagnostics).extracting(Diagnostic::line).containsExactly(1, 2);
  }

  @Test
  void aCleanLineIsReturnedAsItIs() {
    String line = "The Security Council must act.";
    assertThat(clean(1, line)).isSameAs(line);
    assertThat(diagnostics).isEmpty();
  }
}
