package io.github.undebate.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Warm-up until the JIT compiler is done, before JMH's own warm-up iterations. The parser is a lot
 * of code for the JIT: for the corpus batch C2 compiles about 750 methods in some 40 s of compiler
 * time, for one record about half that, and how long it takes depends on the machine's load. A
 * fixed warm-up was either too short (iterations still 2× apart, the compiler taking the CPU a
 * second parse thread needs) or wasted minutes, so each parser benchmark calls {@link #reach} from
 * its trial setup: the operation runs until a whole window passes with the compiler nearly idle.
 * The report's "JIT ms per iteration" column shows that the measured iterations then ran settled
 * code.
 */
final class SteadyState {
  /** The window over which the compiler's time is watched. */
  private static final long WINDOW_NANOS = 2_000_000_000L;

  /** At most this much compiler time in a window counts as idle (1 % of it). */
  private static final long IDLE_COMPILE_MILLIS = 20;

  /** Writes of the results, so that the JIT cannot drop the work as unused. */
  @SuppressWarnings("unused")
  private static volatile Object sink;

  private SteadyState() {}

  /**
   * Runs {@code operation} until the JIT compiler has been nearly idle for a whole window, or for
   * {@code longestSeconds}; nothing when the run asks for no warm-up at all ({@code -wi 0}, as the
   * build's run-once test does).
   */
  static void reach(BenchmarkParams params, int longestSeconds, Supplier<?> operation) {
    if (params.getWarmup().getCount() == 0) {
      return;
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long start = System.nanoTime();
    long end = start + longestSeconds * 1_000_000_000L;
    long windowStart = start;
    long compiledBefore = jit.getTotalCompilationTime();
    boolean settled = false;
    while (!settled && System.nanoTime() < end) {
      sink = operation.get();
      long now = System.nanoTime();
      if (now - windowStart >= WINDOW_NANOS) {
        long compiled = jit.getTotalCompilationTime();
        settled = compiled - compiledBefore <= IDLE_COMPILE_MILLIS;
        windowStart = now;
        compiledBefore = compiled;
      }
    }
    System.out.printf(
        "# %s: %s after %.0f s of warm-up%n",
        params.getBenchmark(),
        settled ? "JIT idle" : "JIT still busy",
        (System.nanoTime() - start) / 1e9);
  }
}
