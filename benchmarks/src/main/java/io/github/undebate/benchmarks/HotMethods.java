package io.github.undebate.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Says where the time goes in a Flight Recorder file made by {@code -prof jfr}: of the CPU samples
 * that run undebate code, the methods on top of the stack (self time), the first undebate method
 * below them (the project's code responsible, JDK callees included) and every undebate method on
 * the stack (inclusive time).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.undebate.benchmarks.HotMethods profile.jfr
 * }</pre>
 */
public final class HotMethods {
  private static final String PROJECT = "io.github.undebate.";
  private static final String HARNESS = "io.github.undebate.benchmarks.";

  private HotMethods() {}

  /**
   * Prints the tables.
   *
   * @param args the recording's path, then optionally how many rows each table gets (default 20)
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: HotMethods <recording.jfr> [rows]");
      System.exit(2);
    }
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> responsible = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> allocated = new HashMap<>();
    long allocatedTotal = 0;
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (event.getEventType().getName().equals("jdk.ObjectAllocationSample")
          && event.getStackTrace() != null) {
        String first = firstProjectFrame(event.getStackTrace().getFrames());
        if (first != null) {
          // weight: the bytes allocated since the previous sample, in kilobytes to fit an int
          int kilobytes = (int) Math.min(Integer.MAX_VALUE, event.getLong("weight") / 1024);
          allocated.merge(first, kilobytes, Integer::sum);
          allocatedTotal += kilobytes;
        }
        continue;
      }
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      String first = null;
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame.getMethod());
        if (isProject(name)) {
          if (first == null) {
            first = name;
          }
          seen.add(name);
        }
      }
      if (first == null) {
        continue; // JIT, GC or the harness: not the code measured
      }
      samples++;
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      responsible.merge(first, 1, Integer::sum);
      for (String name : seen) {
        inclusive.merge(name, 1, Integer::sum);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "%d CPU samples in undebate code%n", samples);
    table(out, "self (top of stack)", self, samples, rows);
    table(
        out,
        "undebate method responsible (first on the stack, JDK callees included)",
        responsible,
        samples,
        rows);
    table(out, "inclusive (undebate method anywhere on the stack)", inclusive, samples, rows);
    out.println();
    out.printf(Locale.ROOT, "%d KB of sampled allocation in undebate code%n", allocatedTotal);
    table(
        out,
        "allocating undebate method (first on the stack), KB",
        allocated,
        (int) Math.max(1, Math.min(Integer.MAX_VALUE, allocatedTotal)),
        rows);
  }

  private static String firstProjectFrame(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String name = name(frame.getMethod());
      if (isProject(name)) {
        return name;
      }
    }
    return null;
  }

  private static boolean isProject(String name) {
    return name.startsWith(PROJECT) && !name.startsWith(HARNESS);
  }

  private static String name(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private static void table(
      PrintStream out, String title, Map<String, Integer> counts, int samples, int rows) {
    out.println();
    out.println("| " + title + " | " + (title.contains("KB") ? "KB" : "samples") + " | % |");
    out.println("|---|---:|---:|");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(
            e ->
                out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f |%n",
                    e.getKey(),
                    e.getValue(),
                    100.0 * e.getValue() / samples));
  }
}
