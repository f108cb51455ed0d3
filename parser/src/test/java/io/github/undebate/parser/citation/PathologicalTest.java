package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial input stays linear: each input is built at 100 kB and at 1 MB, and the larger may
 * take at most a generous multiple of ten times the smaller (a quadratic pattern would take a
 * hundred times as long).
 */
class PathologicalTest {
  private static final CitationFinder FINDER = CitationFinder.create();

  private static IntFunction<String> input(String kind) {
    switch (kind) {
      case "slashes":
        return n -> repeat("S/", n);
      case "spacedSlashes":
        return n -> repeat("S/ ", n);
      case "resolutions":
        return n -> repeat("resolution ", n);
      case "resolutionLists":
        return n -> repeat("resolutions 1325 (2000), ", n);
      case "digitsAndSlashes":
        return n -> repeat("1/2/3/", n);
      case "articles":
        return n -> repeat("Article Article 1, ", n);
      case "chapters":
        return n -> repeat("Chapter VII and ", n);
      case "dated":
        return n -> repeat("letter of dated 1 May ", n);
      case "rules":
        return n -> repeat("rule 37 of ", n);
      case "meetings":
        return n -> repeat("[1st meeting ", n);
      case "symbolComponents":
        return n -> repeat("A/AC.1/", n);
      case "bracketedResolutions":
        return n -> repeat("resolution of 1 May [242 (1967), 1 (ES-V) and [", n);
      case "misreadSymbols":
        return n -> repeat("[Al36/5 [AI9601IAdd.l [see Aj3", n);
      case "specialSessions":
        return n -> repeat("ES -10/2 (S-1/2) S-ES-", n);
      case "letteredLists":
        return n -> repeat("resolutions 48/218 B, 5/2 A and C and ", n);
      case "organNamedAfter":
        return n -> repeat("resolution 12, 13 and 14 of the ", n);
      case "ocrSuffixes":
        return n -> repeat("A/5201/Add,l/Rev 1/l/", n);
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  private static String repeat(String unit, int size) {
    return unit.repeat(size / unit.length() + 1).substring(0, size);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "slashes",
        "spacedSlashes",
        "resolutions",
        "resolutionLists",
        "digitsAndSlashes",
        "articles",
        "chapters",
        "dated",
        "rules",
        "meetings",
        "symbolComponents",
        "bracketedResolutions",
        "misreadSymbols",
        "specialSessions",
        "letteredLists",
        "organNamedAfter",
        "ocrSuffixes"
      })
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void staysLinearOnAdversarialInput(String kind) {
    IntFunction<String> make = input(kind);
    String small = make.apply(100_000);
    String large = make.apply(1_000_000);
    FINDER.find(small, Body.SECURITY_COUNCIL); // warm up
    long smallNanos = time(small);
    long largeNanos = time(large);
    assertThat(largeNanos)
        .as(
            "1 MB of %s took %d ms against %d ms for 100 kB",
            kind, largeNanos / 1_000_000, smallNanos / 1_000_000)
        .isLessThan(Math.max(40 * smallNanos, 2_000_000_000L));
  }

  private static long time(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long start = System.nanoTime();
      FINDER.find(text, Body.SECURITY_COUNCIL);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
