import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Two builds of the parser (say {@code main}'s and a branch's), each in its own class loader from
 * its {@code benchmarks.jar}, alternated round by round in one JVM with the floor's loop ({@code
 * TextFloor}): the CPU time of each (a thread's CPU time, steadier than wall time on a shared
 * machine) and the bytes it allocates per input byte. Not part of the build: a tool, compiled on
 * the fly; run from the repository's root:
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g benchmarks/tools/OldAndNew.java gd 24 1 OLD.jar NEW.jar     # the 270 speeches
 * java -Xms2g -Xmx2g benchmarks/tools/OldAndNew.java seed 100 300 OLD.jar NEW.jar
 * java -Xms2g -Xmx2g benchmarks/tools/OldAndNew.java sc 40 3 OLD.jar NEW.jar      # S/PV.8699
 * }</pre>
 *
 * <p>Arguments: the texts, the rounds (medians of the second half are printed), how often each
 * round parses them, and the two jars.
 */
public final class OldAndNew {
  @SuppressWarnings("unused")
  private static volatile Object sink;
  public static void main(String[] a) throws Exception {
    String set = a[0];
    int rounds = Integer.parseInt(a[1]);
    int reps = Integer.parseInt(a[2]);
    Path res = Path.of("benchmarks/src/main/resources/io/github/undebate/benchmarks/corpus");
    List<String> texts = new ArrayList<>();
    if (set.equals("gd")) {
      for (String n : Files.readString(res.resolve("general-debates.txt")).strip().split("\n")) texts.add(Files.readString(res.resolve(n.strip())));
    } else if (set.equals("seed")) {
      texts.add(Files.readString(res.resolve("seed/belarus-csto-statement.txt")));
    } else {
      texts.add(Files.readString(res.resolve("sc/S_PV.8699_E.txt")));
    }
    long bytes = 0;
    for (String t : texts) bytes += t.getBytes(StandardCharsets.UTF_8).length;
    bytes *= reps;
    String[] names = {"old", "new"};
    Object[] parsers = new Object[2];
    Method[] parse = new Method[2];
    for (int v = 0; v < 2; v++) {
      URLClassLoader l = new URLClassLoader(new URL[] {Path.of(a[3 + v]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> c = l.loadClass("io.github.undebate.parser.DebateParser");
      parsers[v] = c.getMethod("create").invoke(null);
      parse[v] = c.getMethod("parse", String.class);
      parse[v].setAccessible(true);
    }
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    double[][] cpu = new double[3][rounds];
    double[] alloc = new double[3];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < 3; v++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long a0 = mx.getThreadAllocatedBytes(tid);
        for (int k = 0; k < reps; k++) {
          for (String t : texts) {
            if (v < 2) {
              sink = parse[v].invoke(parsers[v], t);
            } else {
              for (Iterator<String> lines = t.lines().iterator(); lines.hasNext(); ) sink = lines.next().toLowerCase(Locale.ROOT);
            }
          }
        }
        cpu[v][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        alloc[v] = (mx.getThreadAllocatedBytes(tid) - a0) / (double) bytes;
      }
    }
    double[] med = new double[3];
    for (int v = 0; v < 3; v++) {
      double[] last = Arrays.copyOfRange(cpu[v], rounds / 2, rounds);
      Arrays.sort(last);
      med[v] = last[last.length / 2];
    }
    System.out.printf("%s (%d bytes x %d, %d rounds, medians of the second half): floor %.3f ms%n", set, bytes / reps, reps, rounds, med[2]);
    for (int v = 0; v < 2; v++) {
      System.out.printf("  %s: CPU %.3f ms per round, %.1f MB/s, %.1f x floor, %.2f B allocated per input byte%n",
          names[v], med[v], bytes / med[v] / 1000.0, med[v] / med[2], alloc[v]);
    }
  }
}
