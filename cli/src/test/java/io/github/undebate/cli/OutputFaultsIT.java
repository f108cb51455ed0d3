package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files under faults, on a real child JVM: a disk that refuses the rest of a file and an
 * interrupt (Ctrl-C) in the middle of writing one. Either must leave the old file (or none), never
 * a part of one. Before outputs were renamed into place, both left torn JSON: the first test
 * destroyed the earlier good file, and the second found a torn file on every try.
 */
class OutputFaultsIT {
  /** A paragraph whose JSON is five times its size (three citations), to make outputs large. */
  private static final String PARAGRAPH =
      "We recall resolution 2505 (2020), document S/2020/24 and Article 51 of the Charter, as the"
          + " Council agreed.\n\n";

  @TempDir Path dir;

  @Test
  void aDiskThatRefusesTheRestOfTheFileLeavesTheOldOutputWhole() throws Exception {
    Path record = record("record.txt", 30);
    Path out = Files.createDirectories(dir.resolve("out"));
    Shell first = Shell.run("sh", dir, "$UNDEBATE parse -o out record.txt", Map.of());
    assertThat(first.exitCode).as(first.toString()).isZero();
    String good = Files.readString(out.resolve("record.json"));
    assertThat(good.length()).as("the first output fits under the limit").isLessThan(40_000);

    // The record grows; its output no longer fits under a file size limit of 100 blocks (50 or
    // 100 KB), and the kernel refuses the rest of the file ("File too large"), as a full disk does.
    record(record.getFileName().toString(), 3000);
    Shell second =
        Shell.run("sh", dir, "ulimit -f 100 && $UNDEBATE parse -o out record.txt", Map.of());

    assertThat(second.exitCode).as(second.toString()).isEqualTo(1);
    assertThat(second.err).contains("record.txt: cannot write out/record.json: File too large");
    assertThat(Files.readString(out.resolve("record.json")))
        .as("the earlier output, byte for byte")
        .isEqualTo(good);
    assertThat(names(out)).as("no temporary file is left").containsExactly("record.json");
  }

  @Test
  void anInterruptWhileWritingLeavesNoPartOfAFile() throws Exception {
    // 4 MB of text whose JSON (27 MB) takes long enough to write that the signal lands in it.
    record("big.txt", 40_000);
    String signal = signalToSend();
    int interrupted = 0;
    // Two runs stopped by the signal; a third try in case one finished before the signal came.
    for (int attempt = 0; attempt < 3 && interrupted < 2; attempt++) {
      Path out = dir.resolve("out" + attempt);
      Process p =
          new ProcessBuilder(
                  Shell.JAVA.toString(),
                  "-jar",
                  Shell.JAR.toAbsolutePath().toString(),
                  "parse",
                  "-o",
                  out.toString(),
                  "big.txt")
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("log" + attempt + ".txt").toFile())
              .start();
      awaitWriting(out, p);
      Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command stops").isTrue();
      // 128 + the signal's number: the JVM ran its shutdown hooks and exited on the signal.
      if (p.exitValue() == 130 || p.exitValue() == 143) {
        interrupted++;
      }

      for (String name : names(out)) {
        assertThat(name).as("no temporary file is left").doesNotStartWith(".");
        String json = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
        String what =
            String.format("%s is whole (attempt %d, exit %d)", name, attempt, p.exitValue());
        assertThatCode(() -> Json.documents(json, "schema")).as(what).doesNotThrowAnyException();
        assertThat(Json.documents(json, "schema")).as(what).containsExactly(List.of("undebate/1"));
      }
    }
    assertThat(interrupted).as("runs that the signal stopped while writing").isPositive();
  }

  /**
   * SIGINT, as Ctrl-C sends it; but a shell starts background jobs with SIGINT ignored, a child
   * inherits that, and the JVM then never sees it. There SIGTERM, which the JVM handles the same
   * way (shutdown hooks, then exit), stands in. Linux tells in {@code /proc/self/status}.
   */
  private static String signalToSend() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (Files.isReadable(status)) {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("SigIgn:")) {
          long ignored = Long.parseLong(line.substring("SigIgn:".length()).strip(), 16);
          return (ignored & (1L << (2 - 1))) != 0 ? "TERM" : "INT";
        }
      }
    }
    return "INT";
  }

  /** Waits until a file with some bytes in it shows in {@code out}: the output is being written. */
  private static void awaitWriting(Path out, Process p) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.isDirectory(out)) {
        try (Stream<Path> files = Files.list(out)) {
          if (files.anyMatch(f -> f.toFile().length() > 0)) {
            return;
          }
        }
      }
      Thread.sleep(0, 200_000);
    }
    throw new AssertionError("no output appeared; exit " + (p.isAlive() ? "-" : p.exitValue()));
  }

  private Path record(String name, int paragraphs) throws IOException {
    return Files.writeString(
        dir.resolve(name),
        "Statement by the representative of Viet Nam\n\n" + PARAGRAPH.repeat(paragraphs),
        StandardCharsets.UTF_8);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
