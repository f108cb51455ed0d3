package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Running heads, page and job numbers, barcodes and the correction notice are removed wherever they
 * fall, sentences cut by them are rejoined, and every removed line is reported.
 */
class PageNoiseTest {
  private static final Debate SC_8700 = Records.parsed("sc/S_PV.8700_E.txt");

  @Test
  void noiseLinesNeverReachTheText() {
    List<String> texts = Records.paragraphTexts(SC_8700);
    for (String noise :
        List.of(
            "20-00806",
            "*2000806*",
            "10/01/2020",
            "2/12",
            "S/ PV. 870 0",
            "This record contains the text of speeches",
            "verbatimrecords@un.org")) {
      assertThat(texts).as("no paragraph holds %s", noise).noneMatch(t -> t.contains(noise));
    }
  }

  @Test
  void aSentenceCutByAPageBreakIsRejoined() {
    // "... supported the renewal in its entirety of this vital" / page footer and running head /
    // "mechanism for north-western and north-eastern Syria"
    assertThat(Records.paragraphTexts(SC_8700))
        .anyMatch(
            t ->
                t.contains(
                    "supported the renewal in its entirety of this vital mechanism for"
                        + " north-western and north-eastern Syria"));
  }

  @Test
  void everyRemovedLineIsReportedWithItsExactText() {
    List<Diagnostic> removed =
        SC_8700.diagnostics().stream().filter(d -> d.code().startsWith("removed.")).toList();
    assertThat(removed)
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::excerpt)
        .contains(
            org.assertj.core.groups.Tuple.tuple("removed.barcode", 33, "*2000806*"),
            org.assertj.core.groups.Tuple.tuple("removed.job_number", 32, "20-00806  (E)"),
            org.assertj.core.groups.Tuple.tuple("removed.page_number", 36, "2/12 20-00806"),
            org.assertj.core.groups.Tuple.tuple(
                "removed.running_head",
                35,
                "S/ PV. 870 0 The situation in the Middle East  10/01/2020"));
    // The 12 pages each have a head and a number (the first page its footer).
    assertThat(removed.stream().filter(d -> d.code().equals("removed.page_number"))).hasSize(11);
  }

  @Test
  void firstPageFooterInTheMiddleOfASpeechIsRemoved() {
    // A/48/PV.46: "This record is subject to correction. ... 93-87044 (E) / Distr. GENERAL /
    // A/48/PV.46 / 22 November 1993 / ENGLISH" between two paragraphs of one speech.
    Debate d = Records.parsed("pv/A_48_PV_document_46.txt");
    assertThat(Records.paragraphTexts(d))
        .noneMatch(
            t ->
                t.contains("Distr.")
                    || t.contains("ENGLISH")
                    || t.contains("subject to correction")
                    || t.contains("General Assembly - Forty-eighth session"));
    assertThat(d.diagnostics())
        .extracting(Diagnostic::excerpt)
        .contains("Distr. GENERAL", "ENGLISH", "22 November 1993", "93-87044 (E)");
  }

  @Test
  void runningHeadsOfTheNineteenNinetiesAreRemoved() {
    // "Security Council 3756th meeting" / "Fifty-second year 21 March 1997" and a bare "2"
    Debate d = Records.parsed("pv/S_PV_1997_document_3756.txt");
    assertThat(Records.paragraphTexts(d))
        .noneMatch(t -> t.contains("3756th meeting") || t.contains("Fifty-second year"));
    assertThat(Records.headings(d)).noneMatch(h -> h.matches("\\d+"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sc/S_PV.8698_E.txt",
        "sc/S_PV.8699_E.txt",
        "sc/S_PV.8700_E.txt",
        "sc/S_PV.8701_E.txt",
        "pv/A_48_PV_document_46.txt",
        "pv/A_61_PV_document_107.txt",
        "pv/A_65_PV_document_71.txt",
        "pv/S_PV_1997_document_3756.txt"
      })
  void everyWordOfTheInputIsInTheModelOrInADiagnostic(String file) {
    Debate d = Records.parsed(file);
    StringBuilder kept = new StringBuilder(Outline.of(d));
    for (Diagnostic x : d.diagnostics()) {
      kept.append(x.excerpt()).append('\n');
    }
    Set<String> all = Words.tokens(kept.toString());
    List<String> lost = new ArrayList<>();
    for (String line : Records.text(file).split("\\R")) {
      for (String token : Words.tokens(line)) {
        // Language notes live in the statement's language; letter-spaced type is repaired.
        if (token.length() > 1 && !LANGUAGE_NOTE.contains(token) && !all.contains(token)) {
          lost.add(token + " in: " + line.strip());
        }
      }
    }
    assertThat(lost)
        .as("words of %s found neither in the model nor in a diagnostic", file)
        .isEmpty();
  }

  private static final Set<String> LANGUAGE_NOTE =
      Set.of(
          "spoke",
          "in",
          "interpretation",
          "translated",
          "from",
          "arabic",
          "chinese",
          "english",
          "french",
          "russian",
          "spanish");
}
