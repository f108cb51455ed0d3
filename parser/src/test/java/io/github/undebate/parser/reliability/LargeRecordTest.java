package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A 50 MB verbatim record, made by repeating the real Security Council records of the corpus, is
 * parsed within a bounded heap. It is too slow for every build, so it runs on request:
 *
 * <pre>
 * ./mvnw -B -pl parser -am test -Dtest=LargeRecordTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dundebate.large=true -DargLine=-Xmx1g
 * </pre>
 *
 * <p>The heap it needs is stated in docs/limits-and-guarantees.md.
 */
@EnabledIfSystemProperty(named = "undebate.large", matches = "true")
class LargeRecordTest {
  private static final int SIZE = 50 * 1024 * 1024;

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aFiftyMegabyteVerbatimRecordParsesInABoundedHeap() {
    List<Path> records =
        Corpus.textRecords().stream().filter(p -> Corpus.name(p).startsWith("corpus/sc/")).toList();
    StringBuilder sb = new StringBuilder(SIZE + 1_000_000);
    int copies = 0;
    while (sb.length() < SIZE) {
      sb.append(Corpus.read(records.get(copies++ % records.size()))).append('\n');
    }
    String text = sb.toString();
    sb = null;
    long start = System.nanoTime();
    Debate d = DebateParser.create().parse(text);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "LargeRecordTest: %d chars (%d copies) in %d s, max heap %d MiB, used after %d MiB%n",
        text.length(),
        copies,
        seconds,
        rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    assertThat(d.proceedings()).isNotEmpty();
    TextAccount.Result r = TextAccount.check(text, d);
    assertThat(r.balanced()).as(r.describe()).isTrue();
  }
}
