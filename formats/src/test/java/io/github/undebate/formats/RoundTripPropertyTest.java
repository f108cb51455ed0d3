package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.undebate.core.Debate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For every valid model {@code d}, {@code read(write(d))} equals {@code d}, and what is written
 * validates against the published schema. Models come from {@link DebateGenerator}; each case has
 * its own seed, printed on failure: rerun one with {@code -Dundebate.seed=<run seed>}.
 */
class RoundTripPropertyTest {

  private static final int CASES = 1_000;

  /** The run's seed: {@code -Dundebate.seed} when given, else a fresh one. */
  private static final long RUN_SEED =
      Long.getLong("undebate.seed", new SplittableRandom().nextLong());

  private static long caseSeed(int index) {
    return RUN_SEED * 31 + index;
  }

  private static String where(int index) {
    return "run seed "
        + RUN_SEED
        + " (rerun with -Dundebate.seed="
        + RUN_SEED
        + "), case "
        + index
        + " (generator seed "
        + caseSeed(index)
        + ")";
  }

  @Test
  void jsonReadsBackWhatItWrote() {
    DebateJson pretty = DebateJson.create();
    DebateJson compact = DebateJson.builder().pretty(false).build();
    for (int i = 0; i < CASES; i++) {
      Debate d = new DebateGenerator(caseSeed(i)).next();
      DebateJson json = i % 2 == 0 ? pretty : compact;
      String text;
      try {
        text = json.write(d);
        List<String> problems = Schemas.jsonProblems(text);
        if (!problems.isEmpty()) {
          fail(where(i) + ": JSON does not validate against the schema: " + problems + "\n" + text);
        }
        Debate back = json.read(text);
        if (!back.equals(d)) {
          fail(where(i) + ": JSON read back differs\nwritten: " + d + "\nread:    " + back);
        }
        if (i % 10 == 0) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          json.write(d, bytes);
          assertThat(json.read(new ByteArrayInputStream(bytes.toByteArray())))
              .as(where(i) + ": JSON as UTF-8 bytes reads back")
              .isEqualTo(d);
        }
      } catch (RuntimeException e) {
        throw new AssertionError(where(i) + ": " + e, e);
      }
    }
  }

  @Test
  void xmlReadsBackWhatItWrote() {
    DebateXml pretty = DebateXml.create();
    DebateXml compact = DebateXml.builder().pretty(false).build();
    for (int i = 0; i < CASES; i++) {
      Debate d = new DebateGenerator(caseSeed(i)).next();
      DebateXml xml = i % 2 == 0 ? pretty : compact;
      try {
        String text = xml.write(d);
        String problem = Schemas.nativeXmlProblem(text);
        if (problem != null) {
          fail(
              where(i)
                  + ": XML does not validate against undebate-1.xsd: "
                  + problem
                  + "\n"
                  + text);
        }
        Debate back = xml.read(text);
        if (!back.equals(d)) {
          fail(where(i) + ": XML read back differs\nwritten: " + d + "\nread:    " + back);
        }
        if (i % 10 == 0) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          xml.write(d, bytes);
          assertThat(xml.read(new ByteArrayInputStream(bytes.toByteArray())))
              .as(where(i) + ": XML as UTF-8 bytes reads back")
              .isEqualTo(d);
        }
      } catch (RuntimeException e) {
        throw new AssertionError(where(i) + ": " + e, e);
      }
    }
  }

  @Test
  void akomaNtosoOfAnyModelValidatesAgainstTheOasisSchema() {
    AkomaNtoso akn = AkomaNtoso.create();
    // Fewer cases: validating against the large OASIS schema is slow, and there is no round trip.
    for (int i = 0; i < CASES / 4; i++) {
      Debate d = new DebateGenerator(caseSeed(i)).next();
      try {
        String text = akn.write(d);
        String problem = Schemas.aknProblem(text);
        if (problem != null) {
          fail(where(i) + ": Akoma Ntoso does not validate: " + problem + "\n" + text);
        }
      } catch (RuntimeException e) {
        throw new AssertionError(where(i) + ": " + e, e);
      }
    }
  }
}
