package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every speaker field the parser fills says, in an INFO diagnostic, what evidence gave it. */
class SpeakerEvidenceTest {

  private static List<Diagnostic> evidence(Debate d, String field) {
    return d.diagnostics().stream()
        .filter(x -> x.code().startsWith("speaker." + field + "_from_"))
        .toList();
  }

  @Test
  void aStatementsBylineGivesNamePostAndCountry() {
    Debate d = Corpus.parse("../seed/belarus-csto-statement.txt");
    assertThat(evidence(d, "country"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("speaker.country_from_byline");
              assertThat(x.message()).contains("\"Belarus\"");
              assertThat(x.excerpt()).startsWith("Ambassador Valentin Rybakov");
            });
    assertThat(evidence(d, "name"))
        .extracting(Diagnostic::code)
        .containsExactly("speaker.name_from_byline");
    assertThat(evidence(d, "post"))
        .extracting(Diagnostic::code)
        .containsExactly("speaker.post_from_byline");
  }

  @Test
  void aVerbatimRecordsLabelsGiveTheirSpeakersFieldsOnTheirLines() {
    Debate d = Corpus.parse("sc/S_PV.8698_E.txt");
    assertThat(evidence(d, "country"))
        .filteredOn(x -> x.excerpt().equals("Mr. Abarry (Niger)"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("speaker.country_from_speaker_label");
              assertThat(x.line()).as("the label's line").isPositive();
            });
    assertThat(evidence(d, "country"))
        .extracting(Diagnostic::code)
        .contains("speaker.country_from_president_line");
    assertThat(evidence(d, "post"))
        .extracting(Diagnostic::code)
        .contains("speaker.post_from_invitation");
  }

  @Test
  void aGovernmentSiteGivesItsBriefersState() {
    Debate d =
        Corpus.parse(
            "website/whitehouse_2022-09-21-background-press-briefing-on-president-bidens-meetings-at-the-united-nations.md");
    assertThat(evidence(d, "country"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.code()).isEqualTo("speaker.country_from_site_address"));
    assertThat(evidence(d, "post"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.code()).isEqualTo("speaker.post_from_speaker_label"));
  }
}
