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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing plain text, a whole verbatim record and the seed statement, against the floor of reading
 * and lower-casing the same text line by line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// After the setup's warm-up to the JIT's steady state (SteadyState, README: warm-up).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PlainTextParsing {

  /** The input, a file of the corpus. */
  @Param({Corpus.LARGEST_RECORD, Corpus.SEED})
  public String record;

  private String text;
  private DebateParser parser;

  /** Reads the input and creates the parser. */
  @Setup
  public void load(BenchmarkParams params) {
    text = Corpus.document(record).text();
    parser = DebateParser.create();
    if (params.getBenchmark().endsWith(".parse")) {
      SteadyState.reach(params, 60, this::parse);
    }
  }

  /** Baseline: reads the text line by line and lower-cases it. */
  @Benchmark
  public void floor(Blackhole blackhole) {
    TextFloor.pass(text, blackhole);
  }

  /** The full parse. */
  @Benchmark
  public Debate parse() {
    return parser.parse(text);
  }
}
