package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Parse time as the input grows: the largest record once, 10 and 100 times in one text (317 KB to
 * 32 MB). Linear growth means the time per copy stays the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// After the setup's warm-up to the JIT's steady state (SteadyState, README: warm-up).
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ParseScaling {

  /** How many copies of the record the text holds. */
  @Param({"1", "10", "100"})
  public int copies;

  private String text;
  private DebateParser parser;

  /** Builds the text and creates the parser. */
  @Setup
  public void load(BenchmarkParams params) {
    text = Corpus.repeated(Corpus.document(Corpus.LARGEST_RECORD).text(), copies);
    parser = DebateParser.create();
    SteadyState.reach(params, 60, this::parse);
  }

  /** The full parse. */
  @Benchmark
  public Debate parse() {
    return parser.parse(text);
  }
}
