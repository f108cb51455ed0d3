package io.github.undebate.benchmarks;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.citation.CitationFinder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Citation finding over the paragraphs of the whole corpus, split in two: paragraphs that hold a
 * candidate (a digit or "Chapter", the pre-filter {@link CitationFinder} documents) and paragraphs
 * that hold none, which the pre-filter should make nearly free. The baseline lower-cases the same
 * paragraphs.
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
public class CitationFinding {

  /** {@code with}: paragraphs holding a candidate; {@code without}: paragraphs holding none. */
  @Param({"with", "without"})
  public String candidates;

  private List<String> texts;
  private List<Body> bodies;
  private CitationFinder finder;

  /** A paragraph of a parsed record and the organ of its debate (or {@code null}). */
  record Passage(String text, Body body) {}

  /** Parses the corpus and keeps the paragraphs of one kind. */
  @Setup
  public void load(BenchmarkParams params) {
    List<Passage> passages = passages("with".equals(candidates));
    texts = new ArrayList<>();
    bodies = new ArrayList<>();
    for (Passage p : passages) {
      texts.add(p.text());
      bodies.add(p.body());
    }
    finder = CitationFinder.create();
    if (params.getBenchmark().endsWith(".find")) {
      SteadyState.reach(params, 60, this::findAll);
    }
  }

  /** Baseline: lower-cases each paragraph. */
  @Benchmark
  public void floor(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(text.toLowerCase(Locale.ROOT));
    }
  }

  /** Finds the citations in each paragraph, as the parser does. */
  @Benchmark
  public void find(Blackhole blackhole) {
    for (int i = 0; i < texts.size(); i++) {
      blackhole.consume(finder.find(texts.get(i), bodies.get(i)));
    }
  }

  /** What {@link #find} does, for the setup's warm-up (which has no blackhole). */
  private List<List<Citation>> findAll() {
    List<List<Citation>> found = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      found.add(finder.find(texts.get(i), bodies.get(i)));
    }
    return found;
  }

  /** The paragraphs of every statement in the corpus that do (or do not) hold a candidate. */
  static List<Passage> passages(boolean withCandidates) {
    DebateParser parser = DebateParser.create();
    List<Passage> out = new ArrayList<>();
    for (Corpus.Document document : Corpus.all()) {
      Debate debate = parser.parse(document.text());
      Body body = debate.body().orElse(null);
      for (Statement statement : debate.statements()) {
        for (Paragraph paragraph : statement.paragraphs()) {
          if (holdsCandidate(paragraph.text()) == withCandidates) {
            out.add(new Passage(paragraph.text(), body));
          }
        }
      }
    }
    return out;
  }

  /** The size of the paragraphs in UTF-8 bytes. */
  static long bytes(List<Passage> passages) {
    long n = 0;
    for (Passage p : passages) {
      n += p.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }

  /**
   * Whether the text has a digit or "Chapter": every citation does (see {@link CitationFinder}).
   */
  private static boolean holdsCandidate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return text.contains("hapter") || text.contains("HAPTER");
  }
}
