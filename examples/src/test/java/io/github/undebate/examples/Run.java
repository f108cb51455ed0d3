package io.github.undebate.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an example's {@code main} and keeps what it printed on standard output. */
final class Run {
  private Run() {}

  /** The body of an example's {@code main}. */
  interface Main {
    void run() throws Exception;
  }

  /** What the example printed, as lines. */
  static List<String> lines(Main main) throws Exception {
    return output(main).lines().toList();
  }

  /** What the example printed. */
  static synchronized String output(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
