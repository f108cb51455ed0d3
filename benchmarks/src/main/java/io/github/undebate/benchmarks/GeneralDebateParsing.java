package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing the 270 General Debate speeches of the UNGDC sample (5.0 MB) from their text alone (no
 * file name, so the speaker's State comes from the text), one after the other on one thread,
 * against the floor of reading and lower-casing the same texts line by line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// After the setup's warm-up to the JIT's steady state (SteadyState, README: warm-up).
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GeneralDebateParsing {
  private List<String> texts;
  private DebateParser parser;

  /** Reads the speeches and creates the parser. */
  @Setup
  public void load(BenchmarkParams params) {
    texts = new ArrayList<>();
    for (Corpus.Document d : Corpus.generalDebates()) {
      texts.add(d.text());
    }
    parser = DebateParser.create();
    if (params.getBenchmark().endsWith(".parseAll")) {
      SteadyState.reach(params, 90, this::parseAllHere);
    }
  }

  private List<Debate> parseAllHere() {
    List<Debate> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(parser.parse(t));
    }
    return out;
  }

  /** Baseline: reads every speech line by line and lower-cases it. */
  @Benchmark
  public void floor(Blackhole blackhole) {
    for (String t : texts) {
      TextFloor.pass(t, blackhole);
    }
  }

  /** Every speech parsed. */
  @Benchmark
  public void parseAll(Blackhole blackhole) {
    for (String t : texts) {
      blackhole.consume(parser.parse(t));
    }
  }
}
