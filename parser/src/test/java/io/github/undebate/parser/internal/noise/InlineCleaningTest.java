package io.github.undebate.parser.internal.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
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

  @Test
  void aStrayLessThanSignInASpeechKeepsTheWordsAfterIt() {
    // UNGDC speeches as OCR printed them (issue 18): "ignore <or disregard", "reaffirms '<.
    // belief", "understand it<a piece"; the lines after them must not be swallowed either
    assertThat(clean(1, "we cannot ignore <or disregard the plight"))
        .isEqualTo("we cannot ignore <or disregard the plight");
    assertThat(clean(2, "of the peoples of southern Africa."))
        .isEqualTo("of the peoples of southern Africa.");
    assertThat(clean(3, "The Assembly reaffirms '<. belief in"))
        .isEqualTo("The Assembly reaffirms '<. belief in");
    assertThat(clean(4, "we understand it<a piece of the whole"))
        .isEqualTo("we understand it<a piece of the whole");
    assertThat(clean(5, "and so we must act.")).isEqualTo("and so we must act.");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aTagLeftOpenRunsOnOnlyOverWhatReadsAsItsAttributes() {
    assertThat(clean(1, "Thank you. <span")).isEqualTo("Thank you.");
    assertThat(clean(2, "Mr. President, we are here today"))
        .isEqualTo("Mr. President, we are here today");
    assertThat(clean(3, "to speak of peace.")).isEqualTo("to speak of peace.");
    assertThat(diagnostics).extracting(Diagnostic::excerpt).containsExactly("<span");
  }

  @Test
  void onlyTheTagsOfHtmlElementsAreMarkup() {
    assertThat(clean(1, "the <s>old</s> new <b>order</b> <peace> and <x-ref>"))
        .isEqualTo("the old new order <peace> and <x-ref>");
    assertThat(diagnostics).extracting(Diagnostic::excerpt).containsExactly("<s> </s> <b> </b>");
  }

  @Test
  void aLongRemovalIsAWarningNotInformation() {
    String attributes = "style=\"" + "color:red;".repeat(12) + "\"";
    assertThat(clean(1, "Peace. <span " + attributes + ">now")).isEqualTo("Peace. now");
    assertThat(diagnostics).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
    assertThat(diagnostics.get(0).code()).isEqualTo("removed.markup");
  }
}
