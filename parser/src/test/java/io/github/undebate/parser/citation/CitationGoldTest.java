package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Citation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures the citation engine alone against the dev gold: for each record, the multiset of (type,
 * target) the engine finds in the turns' text against the gold's {@code citations}, with extras the
 * gold lists as {@code citationsOptional} counted neither way (as {@code score.py} does). Prints
 * precision, recall and F1 per record; requires F1 of at least 0.95 on each.
 */
class CitationGoldTest {
  private static final double REQUIRED_F1 = 0.95;

  static Stream<GoldRecords.GoldRecord> records() {
    return GoldRecords.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void findsTheGoldCitationsOfTheRecord(GoldRecords.GoldRecord record) {
    CitationFinder finder = CitationFinder.create();
    List<String> found = new ArrayList<>();
    for (String turn : record.turns()) {
      for (Citation c : finder.find(turn, record.body())) {
        assertThat(turn.substring(c.start(), c.end())).isEqualTo(c.text());
        found.add(GoldRecords.key(c.type().name(), c.target()));
      }
    }
    Map<String, Integer> gold = counts(record.citations());
    Map<String, Integer> optional = counts(record.optional());
    int truePositives = 0;
    List<String> spurious = new ArrayList<>();
    for (String key : found) {
      if (gold.getOrDefault(key, 0) > 0) {
        gold.merge(key, -1, Integer::sum);
        truePositives++;
      } else if (optional.getOrDefault(key, 0) > 0) {
        optional.merge(key, -1, Integer::sum);
      } else {
        spurious.add(key);
      }
    }
    List<String> missed = new ArrayList<>();
    gold.forEach(
        (key, n) -> {
          for (int i = 0; i < n; i++) {
            missed.add(key);
          }
        });
    int predicted = truePositives + spurious.size();
    int expected = record.citations().size();
    double precision =
        predicted == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / predicted;
    double recall = expected == 0 ? (predicted == 0 ? 1 : 0) : (double) truePositives / expected;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    System.out.printf(
        "citations %-60s gold %3d found %3d P %.3f R %.3f F1 %.3f%n",
        record.name(), expected, predicted, precision, recall, f1);
    missed.forEach(k -> System.out.println("    missed   " + k));
    spurious.forEach(k -> System.out.println("    spurious " + k));
    assertThat(f1)
        .as("citation F1 on %s (missed %s, spurious %s)", record.name(), missed, spurious)
        .isGreaterThanOrEqualTo(REQUIRED_F1);
  }

  private static Map<String, Integer> counts(List<String> keys) {
    Map<String, Integer> out = new HashMap<>();
    keys.forEach(k -> out.merge(k, 1, Integer::sum));
    return out;
  }
}
