import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cold start of the command line spends its time on after the JVM has started, phase by
 * phase, in one fresh JVM: each class named in a list initialised on its own (static
 * initialisers: tables read from resources, regular expressions compiled), creating the parser
 * and the JSON writer, and the first parses and writes of a record (the interpreter and the JIT at
 * work) next to the later ones. Run by {@code class-init-cost.sh}; prints one line per phase,
 * {@code phase<TAB>milliseconds}. Not part of the build: a tool, compiled on the fly.
 *
 * <p>Arguments: {@code RECORD CLASSES [REPEATS]}. CLASSES is a file of class names; each is
 * initialised with {@code Class.forName}, in the file's order, before anything else runs, so its
 * time is its own static initialiser plus that of any class it pulls in first.
 */
public final class StartupPhases {
  private static long last;
  // -Dphases.cpu=true: the CPU time of this thread, not wall time (steadier on a busy machine; the
  // JIT's threads are left out, the static initialisers all run on this one)
  private static final java.lang.management.ThreadMXBean CPU =
      Boolean.getBoolean("phases.cpu")
          ? java.lang.management.ManagementFactory.getThreadMXBean()
          : null;

  private static long now() {
    return CPU != null ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
  }

  public static void main(String[] args) throws Exception {
    Path record = Path.of(args[0]);
    List<String> classes = args.length > 1 ? Files.readAllLines(Path.of(args[1])) : List.of();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ClassLoader loader = StartupPhases.class.getClassLoader();
    last = now();
    for (String name : classes) {
      if (name.isBlank()) {
        continue;
      }
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      lap("init " + name);
    }
    Class<?> parserClass = Class.forName("io.github.undebate.parser.DebateParser");
    Object parser = parserClass.getMethod("create").invoke(null);
    lap("DebateParser.create()");
    Class<?> jsonClass = Class.forName("io.github.undebate.formats.DebateJson");
    Object json = jsonClass.getMethod("create").invoke(null);
    lap("DebateJson.create()");
    Method parse = parserClass.getMethod("parse", Path.class);
    Class<?> debateClass = Class.forName("io.github.undebate.core.Debate");
    Method write = jsonClass.getMethod("write", debateClass, java.io.Writer.class);
    List<Object> debates = new ArrayList<>();
    for (int i = 1; i <= repeats; i++) {
      Object debate = parse.invoke(parser, record);
      lap("parse #" + i);
      write.invoke(json, debate, new StringWriter());
      lap("write JSON #" + i);
      debates.add(debate);
    }
  }

  private static void lap(String phase) {
    long now = now();
    print(phase, (now - last) / 1e6);
    last = now();
  }

  private static void print(String phase, double ms) {
    System.out.printf("%s\t%.2f%n", phase, ms);
  }
}
