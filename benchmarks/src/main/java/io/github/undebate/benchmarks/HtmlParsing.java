package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** Parsing the seed statement inside a realistic web page, against jsoup parsing the page alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// After the setup's warm-up to the JIT's steady state (SteadyState, README: warm-up).
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HtmlParsing {

  private String page;
  private DebateParser parser;

  /** Reads the page and creates the parser. */
  @Setup
  public void load(BenchmarkParams params) {
    page = Corpus.seedPage().text();
    parser = DebateParser.create();
    boolean full = params.getBenchmark().endsWith(".parseHtml");
    SteadyState.reach(params, 60, full ? this::parseHtml : this::jsoupAlone);
  }

  /** Baseline: jsoup builds the page's document tree, nothing more. */
  @Benchmark
  public Document jsoupAlone() {
    return Jsoup.parse(page);
  }

  /** The full parse of the page: article body found, chrome dropped, statement parsed. */
  @Benchmark
  public Debate parseHtml() {
    return parser.parseHtml(page);
  }
}
