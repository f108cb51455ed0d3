package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs records through one shared parser on a bounded pool of threads and hands the outcomes on in
 * input order. At most twice as many records as there are jobs are in flight, so a corpus of any
 * size takes bounded memory; a record that fails becomes a failed outcome and the batch goes on.
 */
final class Batch {
  private final DebateParser parser;
  private final int jobs;
  private final InputStream stdin;

  /**
   * The outcome of one record: the parsed debate and what the work made of it, or why it failed.
   *
   * @param input the record
   * @param debate the parsed record, or {@code null} when it failed
   * @param result what the work made of it, or {@code null} when it failed
   * @param failure why it failed, or {@code null}
   */
  record Outcome<T>(Input input, Debate debate, T result, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  Batch(DebateParser parser, int jobs, InputStream stdin) {
    if (jobs < 1 || jobs > InputOptions.MAX_JOBS) {
      // Twice the jobs are kept in flight: an unchecked count would overflow that bound.
      throw new IllegalArgumentException("jobs must be between 1 and " + InputOptions.MAX_JOBS);
    }
    this.parser = parser;
    this.jobs = jobs;
    this.stdin = stdin;
  }

  /**
   * Parses every input, applies {@code work} to each debate on the pool, and passes the outcomes to
   * {@code sink} on the calling thread, in input order.
   */
  <T> void run(List<Input> inputs, Function<Debate, T> work, Consumer<Outcome<T>> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs, new Workers());
    try {
      Deque<Future<Outcome<T>>> inFlight = new ArrayDeque<>();
      Iterator<Input> next = inputs.iterator();
      while (next.hasNext() || !inFlight.isEmpty()) {
        while (next.hasNext() && inFlight.size() < 2 * jobs) {
          Input input = next.next();
          inFlight.add(pool.submit(() -> attempt(input, work)));
        }
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a record that exhausted the heap is told; the README's Memory section has the figures. */
  static final String OUT_OF_MEMORY =
      "out of memory: give the JVM more heap (UNDEBATE_JAVA_OPTS=-Xmx4g) or parse it alone"
          + " (--jobs 1); README, Memory, says what a record needs";

  private <T> Outcome<T> attempt(Input input, Function<Debate, T> work) {
    Debate debate;
    try {
      debate = read(input);
    } catch (NoSuchFileException e) {
      return failure(input, "no such file");
    } catch (AccessDeniedException e) {
      return failure(input, "cannot read: permission denied");
    } catch (FileSystemException e) {
      return failure(input, "cannot read: " + (e.getReason() != null ? e.getReason() : e));
    } catch (IOException | UncheckedIOException e) {
      return failure(input, "cannot read: " + e.getMessage());
    } catch (DebateParseException e) {
      // Also LimitExceededException, whose message names the limit and how to raise it.
      return failure(input, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug must not end the batch; the message names it so it can be reported.
      return failure(input, "the parser failed: " + e);
    } catch (OutOfMemoryError e) {
      // What the record held is garbage once this frame is left, so the batch can go on.
      return failure(input, OUT_OF_MEMORY);
    }
    String fatal = fatalProblem(debate);
    if (fatal != null) {
      return failure(input, fatal);
    }
    try {
      return new Outcome<>(input, debate, work.apply(debate), null);
    } catch (RuntimeException | StackOverflowError e) {
      return failure(input, "cannot write it: " + e);
    } catch (OutOfMemoryError e) {
      return failure(input, OUT_OF_MEMORY);
    }
  }

  private Debate read(Input input) throws IOException {
    if (input.path().isEmpty()) {
      return parser.parse(stdin);
    }
    // Text, HTML or PDF: the parser tells them by their content, as the library does.
    return parser.parse(input.path().get());
  }

  /** The message of an error that leaves nothing worth writing (such as empty input), or null. */
  private static String fatalProblem(Debate debate) {
    for (Diagnostic d : debate.diagnostics()) {
      if (d.severity() == Severity.ERROR && d.code().startsWith("input.")) {
        return d.message();
      }
    }
    return null;
  }

  private static <T> Outcome<T> failure(Input input, String reason) {
    return new Outcome<>(input, null, null, reason);
  }

  private static <T> Outcome<T> await(Future<Outcome<T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a record", e);
    } catch (ExecutionException e) {
      // attempt() catches what a record can throw; anything else (an Error) ends the batch.
      throw new IllegalStateException("a record could not be processed", e.getCause());
    }
  }

  /** Daemon threads, so that a stuck record never keeps the command from exiting. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread t = new Thread(task, "undebate-parse-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
