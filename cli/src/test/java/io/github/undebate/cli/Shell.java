package io.github.undebate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged command (the jar {@code ./undebate} runs) in a child JVM through a real shell,
 * as a user does: pipes, here-strings, limits and signals are the shell's and the kernel's, not a
 * simulation. Only for the integration tests ({@code *IT}), which run after {@code package}.
 */
final class Shell {
  /** The packaged command-line jar, with its {@code lib/} beside it. */
  static final Path JAR =
      Path.of(System.getProperty("undebate.cli.jar", "target/undebate-cli.jar"));

  /** The {@code java} that runs the tests. */
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  final int exitCode;
  final String out;
  final String err;

  private Shell(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs {@code script} with {@code shell} ({@code sh} or {@code bash}) in {@code folder}; the
   * script finds the command as {@code $UNDEBATE} (java -jar and the jar, to be word-split) and may
   * use the extra environment variables given.
   */
  static Shell run(String shell, Path folder, String script, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(shell, "-c", script).directory(folder.toFile());
    pb.environment().put("UNDEBATE", JAVA + " -XX:-UsePerfData -jar " + JAR.toAbsolutePath());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(folder, "stdout", ".txt");
    Path err = Files.createTempFile(folder, "stderr", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after 120 s: " + script);
    }
    Shell result =
        new Shell(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
