package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./undebate} script builds the command on first use; the build is quiet and takes a
 * minute, so the script says what it is doing. Run on a copy of the script beside a stand-in for
 * the Maven wrapper that "builds" by copying the real jar, so the test needs no nested build.
 */
class LauncherScriptIT {
  private static final Path SCRIPT =
      Path.of(System.getProperty("undebate.script", "../undebate")).toAbsolutePath();

  @TempDir Path clone;

  @Test
  void theFirstRunSaysItIsBuildingAndThenRuns() throws Exception {
    install();

    Shell first = Shell.run("sh", clone, "./undebate --version", env());

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).startsWith("undebate ");
    assertThat(first.err)
        .contains("undebate: building the command-line tool with Maven (first run;")
        .contains("undebate: built " + clone.toRealPath().resolve("cli/target/undebate-cli.jar"));
    assertThat(Files.readString(clone.resolve("mvnw.args")))
        .as("the quick build: no tests, no Javadoc, no sources jar")
        .contains("-DskipTests", "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true");
  }

  @Test
  void aBuiltToolRunsSilentlyAndAChangedSourceIsSaid() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", env());

    Shell again = Shell.run("sh", clone, "./undebate --version", env());
    Path source =
        Files.writeString(
            Files.createDirectories(clone.resolve("core/src/main/java")).resolve("Changed.java"),
            "class Changed {}");
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
    Shell changed = Shell.run("sh", clone, "./undebate --version", env());

    assertThat(again.err).as(again.toString()).isEmpty();
    assertThat(changed.exitCode).as(changed.toString()).isZero();
    assertThat(changed.err).contains("(a source file changed;");
  }

  @Test
  void aChangeThatLeavesTheJarAsItWasIsBuiltOnceNotOnEveryRun() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", env());
    Path jar = clone.resolve("cli/target/undebate-cli.jar");
    Instant now = Instant.now();
    Files.setLastModifiedTime(jar, FileTime.from(now.minusSeconds(120)));
    // A changed test: Maven finds the jar up to date and does not write it again.
    Path test =
        Files.writeString(
            Files.createDirectories(clone.resolve("cli/src/test/java")).resolve("SomeTest.java"),
            "class SomeTest {}");
    Files.setLastModifiedTime(test, FileTime.from(now.minusSeconds(60)));

    Shell build = Shell.run("sh", clone, "./undebate --version", env());
    Shell next = Shell.run("sh", clone, "./undebate --version", env());

    assertThat(build.err).contains("(a source file changed;");
    assertThat(next.err).as("the next run builds nothing: " + next).isEmpty();
  }

  @Test
  void aFailedBuildSaysSo() throws Exception {
    install();
    Files.writeString(clone.resolve("mvnw"), "#!/bin/sh\necho '[ERROR] it broke'\nexit 1\n");

    Shell shell = Shell.run("sh", clone, "./undebate --version", env());

    assertThat(shell.exitCode).isEqualTo(1);
    assertThat(shell.err).contains("[ERROR] it broke", "undebate: the build failed");
  }

  /** The script, and a Maven wrapper that records its arguments and copies the real jar. */
  private void install() throws IOException {
    Path script = Files.copy(SCRIPT, clone.resolve("undebate"));
    script.toFile().setExecutable(true);
    Path mvnw =
        Files.writeString(
            clone.resolve("mvnw"),
            "#!/bin/sh\n"
                + "echo \"$@\" > mvnw.args\n"
                + "mkdir -p cli/target\n"
                // Like Maven's jar plugin: an existing, up-to-date jar is left as it is.
                + "[ -f cli/target/undebate-cli.jar ] || cp \"$REAL_JAR\" cli/target/undebate-cli.jar\n"
                + "ln -sfn \"$REAL_LIB\" cli/target/lib\n",
            StandardCharsets.UTF_8);
    mvnw.toFile().setExecutable(true);
  }

  private static Map<String, String> env() {
    Path jar = Shell.JAR.toAbsolutePath();
    return Map.of("REAL_JAR", jar.toString(), "REAL_LIB", jar.resolveSibling("lib").toString());
  }
}
