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

/** Parsing the seed statement inside a realistic web page, against jsoup parsing the page alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The parser reaches steady state only after about 20 s of JIT compilation (README: warm-up).
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HtmlParsing {

  private String page;
  private DebateParser parser;

  /** Reads the page and creates the parser. */
  @Setup
  public void load() {
    page = Corpus.seedPage().text();
    parser = DebateParser.create();
  }

  /** Baseline: jsoup builds the page's document tree, nothing more. */
  @Benchmark
  @Warmup(iterations = 10, time = 1) // jsoup alone is steady after about 10 s
  public Document jsoupAlone() {
    return Jsoup.parse(page);
  }

  /** The full parse of the page: article body found, chrome dropped, statement parsed. */
  @Benchmark
  public Debate parseHtml() {
    return parser.parseHtml(page);
  }
}
