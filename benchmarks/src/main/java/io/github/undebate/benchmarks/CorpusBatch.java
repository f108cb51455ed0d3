package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A batch: every file of the corpus (33 records of all kinds, 1.6 MB) parsed by one shared parser
 * on a pool of 1 or 2 threads, largest file first so the threads finish together.
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
public class CorpusBatch {

  /** The size of the thread pool. */
  @Param({"1", "2"})
  public int threads;

  private List<Callable<Debate>> tasks;
  private ExecutorService pool;

  /** Reads the corpus and starts the pool. */
  @Setup
  public void start(BenchmarkParams params) {
    DebateParser parser = DebateParser.create();
    tasks = new ArrayList<>();
    for (Corpus.Document document : Corpus.all()) {
      String text = document.text();
      tasks.add(() -> parser.parse(text));
    }
    pool = Executors.newFixedThreadPool(threads);
    // on this thread alone: the compiled code is the same for the pool's threads, and the
    // compiler finishes sooner when no second parse thread competes with it for the cores
    SteadyState.reach(params, 90, this::parseAllHere);
  }

  /** Stops the pool. */
  @TearDown
  public void stop() {
    pool.shutdownNow();
  }

  /** What {@link #parseAll} does, on the calling thread, for the setup's warm-up. */
  private List<Debate> parseAllHere() {
    try {
      List<Debate> parsed = new ArrayList<>(tasks.size());
      for (Callable<Debate> task : tasks) {
        parsed.add(task.call());
      }
      return parsed;
    } catch (Exception e) {
      throw new IllegalStateException("the warm-up batch failed", e);
    }
  }

  /** Parses every file of the corpus on the pool and waits for all. */
  @Benchmark
  public void parseAll(Blackhole blackhole) throws InterruptedException, ExecutionException {
    for (Future<Debate> done : pool.invokeAll(tasks)) {
      blackhole.consume(done.get());
    }
  }
}
