package io.github.undebate.parser.internal.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verbatim record's page noise, from a few lines of S/PV.8698 (2020). */
class RecordPageNoiseTest {

  private static List<Line> classified(String text) {
    List<Line> lines = new ArrayList<>(Line.split(text));
    RecordPageNoise.classify(lines);
    return lines;
  }

  @Test
  void runningHeadsAndNumbersAreNoiseWhereverTheyStand() {
    List<Line> lines =
        classified(
            "The meeting was called to order at 10 a.m.\n"
                + "I thank him for his briefing.\n"
                + "S/ PV. 8698 Peace consolidation in West Africa  08/01/2020\n"
                + "2/18 20-00526\n"
                + "It is a pleasure to welcome the new members.\n"
                + "20-00526  (E)\n"
                + "*2000526*\n"
                + "Let me begin.\n"
                + "More text.\n"
                + "And more.\n");
    assertThat(lines)
        .extracting(Line::noise)
        .containsExactly(
            Optional.empty(),
            Optional.empty(),
            Optional.of(NoiseKind.RUNNING_HEAD),
            Optional.of(NoiseKind.PAGE_NUMBER),
            Optional.empty(),
            Optional.of(NoiseKind.JOB_NUMBER),
            Optional.of(NoiseKind.BARCODE),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
  }

  @Test
  void generalAssemblyRunningHeadsWithoutATitleAreNoise() {
    // the running heads of General Assembly records since 2014: symbol and date, either order,
    // the symbol spaced by the text extraction
    List<Line> lines =
        classified(
            "The meeting was called to order at 10 a.m.\n"
                + "I thank him for his briefing.\n"
                + "A/79/PV.29 29/10/2024\n"
                + "It is a pleasure to welcome the new members.\n"
                + "29/10/2024 A/79/PV .29\n"
                + "Let me begin.\n"
                + "29/10/2024 The situation in the Middle East A/ES-10/PV.29\n");
    assertThat(lines)
        .extracting(Line::noise)
        .containsExactly(
            Optional.empty(),
            Optional.empty(),
            Optional.of(NoiseKind.RUNNING_HEAD),
            Optional.empty(),
            Optional.of(NoiseKind.RUNNING_HEAD),
            Optional.empty(),
            Optional.of(NoiseKind.RUNNING_HEAD));
  }

  @Test
  void aBareNumberIsNoiseOnlyNearAPageBreak() {
    String far = "a\nb\nc\nd\ne\nf\n12\ng\nh\ni\nj\nk\nl\n";
    assertThat(classified(far).get(6).noise()).as("12 amid text").isEmpty();
    String near = "a\nb\nc\nd\ne\nf\n12\n\f\nh\ni\nj\nk\nl\n";
    assertThat(classified(near).get(6).noise()).contains(NoiseKind.PAGE_NUMBER);
  }

  @Test
  void theTitleAloneNextToRunningHeadPartsIsARunningHead() {
    List<Line> lines =
        classified(
            "Text of a speech.\nS/PV.8700\nThe situation in the Middle East\n10/01/2020\nMore.\n");
    RecordPageNoise.markTitles(lines, "The situation in the Middle East", 0);
    assertThat(lines.get(2).noise()).contains(NoiseKind.RUNNING_HEAD);
    assertThat(lines.get(0).noise()).isEmpty();
  }
}
