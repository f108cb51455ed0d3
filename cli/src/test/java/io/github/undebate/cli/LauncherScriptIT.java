package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./undebate} script builds the command on first use; the build is quiet and takes a
 * minute, so the script says what it is doing. For a quick start it keeps a class-data sharing
 * archive beside the jar, made again whenever the jar or the JVM changed, and runs the JIT's quick
 * compiler alone on small inputs (issue 14). Run on a copy of the script beside a stand-in for the
 * Maven wrapper that "builds" by copying the real jar, so the test needs no nested build; where a
 * test must see how the script runs Java, a {@code java} first on the PATH logs its arguments to
 * {@code java.log} and runs the real one.
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

  @Test
  void theFirstRunMakesAClassDataArchiveThatLaterRunsLoadTheirClassesFrom() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", env());

    Shell next = Shell.run("sh", clone, "./undebate --version", logClasses());

    assertThat(clone.resolve("cli/target/undebate-cli.jsa")).isRegularFile();
    assertThat(next.err).as(next.toString()).isEmpty();
    assertThat(loaded()).contains(ARCHIVED_MAIN);
  }

  @Test
  void aRebuiltJarGetsANewArchive() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", env());
    Path source =
        Files.writeString(
            Files.createDirectories(clone.resolve("core/src/main/java")).resolve("Changed.java"),
            "class Changed {}");
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));

    // The build touches the jar: the JVM would refuse the archive made for the old one.
    Shell rebuilt = Shell.run("sh", clone, "./undebate --version", logClasses());

    assertThat(rebuilt.err).contains("(a source file changed;");
    assertThat(loaded()).contains(ARCHIVED_MAIN);
  }

  @Test
  void anotherJavaOnThePathGetsANewArchiveOnce() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", env());

    Shell first = Shell.run("sh", clone, "./undebate --version", loggingJava(Map.of()));
    Shell second = Shell.run("sh", clone, "./undebate --version", loggingJava(Map.of()));

    assertThat(first.out).as(first.toString()).startsWith("undebate ");
    assertThat(second.err).as(second.toString()).isEmpty();
    assertThat(javaRuns()).filteredOn(run -> run.contains("-XX:ArchiveClassesAtExit=")).hasSize(1);
    assertThat(Files.readString(clone.resolve("cli/target/undebate-cli.jsa.key")))
        .contains(clone.toRealPath().resolve("bin/java").toString());
  }

  @Test
  void aNewerScriptTrainsAgainForItNamesTheTrainingRecords() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", loggingJava(Map.of()));
    Instant now = Instant.now();
    Files.setLastModifiedTime(
        clone.resolve("cli/target/undebate-cli.jar"), FileTime.from(now.minusSeconds(180)));
    Files.setLastModifiedTime(
        clone.resolve("cli/target/undebate-cli.jsa.key"), FileTime.from(now.minusSeconds(120)));
    Files.setLastModifiedTime(clone.resolve("undebate"), FileTime.from(now.minusSeconds(60)));

    Shell.run("sh", clone, "./undebate --version", loggingJava(Map.of()));
    Shell.run("sh", clone, "./undebate --version", loggingJava(Map.of()));

    assertThat(javaRuns()).filteredOn(run -> run.contains("-XX:ArchiveClassesAtExit=")).hasSize(2);
  }

  @Test
  void anArchiveTheJvmRefusesLeavesTheOutputAsItWas() throws Exception {
    install();
    Shell.run("sh", clone, "./undebate --version", env());
    Path archive = clone.resolve("cli/target/undebate-cli.jsa");
    Files.delete(archive);
    Files.writeString(archive, "not an archive");

    Shell shell = Shell.run("sh", clone, "./undebate --version", env());

    assertThat(shell.exitCode).as(shell.toString()).isZero();
    assertThat(shell.out).matches("undebate \\S+\n");
    assertThat(shell.err).isEmpty();
  }

  @Test
  void aJavaThatCannotMakeAnArchiveIsAskedOnceAndTheCommandRuns() throws Exception {
    install();

    Shell first = Shell.run("sh", clone, "./undebate --version", loggingJava(CANNOT_ARCHIVE));
    Shell second = Shell.run("sh", clone, "./undebate --version", loggingJava(CANNOT_ARCHIVE));

    assertThat(first.out).as(first.toString()).startsWith("undebate ");
    assertThat(second.out).as(second.toString()).startsWith("undebate ");
    assertThat(second.err).isEmpty();
    assertThat(clone.resolve("cli/target/undebate-cli.jsa")).doesNotExist();
    assertThat(javaRuns()).filteredOn(run -> run.contains("-XX:ArchiveClassesAtExit=")).hasSize(1);
    assertThat(javaRuns()).filteredOn(run -> run.contains("-XX:SharedArchiveFile=")).isEmpty();
  }

  @Test
  void smallInputsRunTheQuickCompilerAloneAndACorpusBothCompilers() throws Exception {
    install();
    Files.writeString(clone.resolve("record.txt"), "Mr. President, I thank you.\n");
    Path corpus = Files.createDirectories(clone.resolve("corpus"));
    // Over the 100 MB below which C1 alone is quicker; its size is all that counts here.
    Files.write(corpus.resolve("big.txt"), new byte[101 * 1024 * 1024]);
    Map<String, String> dry = Map.of("DRY", "1");

    Shell.run("sh", clone, "./undebate parse record.txt", loggingJava(dry));
    Shell.run("sh", clone, "./undebate parse --output-dir corpus record.txt", loggingJava(dry));
    Shell.run("sh", clone, "./undebate parse corpus", loggingJava(dry));
    Shell.run(
        "sh",
        clone,
        "UNDEBATE_JAVA_OPTS=-XX:TieredStopAtLevel=4 ./undebate parse record.txt",
        loggingJava(dry));

    List<String> commands =
        javaRuns().stream().filter(run -> !run.contains("ArchiveClassesAtExit")).toList();
    assertThat(commands).hasSize(4);
    assertThat(commands.get(0)).contains("-XX:TieredStopAtLevel=1");
    assertThat(commands.get(1)).as("an output folder is not input").contains("TieredStopAtLevel=1");
    assertThat(commands.get(2)).doesNotContain("TieredStopAtLevel");
    assertThat(commands.get(3))
        .as("the user's options come last, so they win")
        .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-jar");
  }

  /** How the JVM logs a class it took from the archive the script made. */
  private static final String ARCHIVED_MAIN =
      "io.github.undebate.cli.UndebateCommand source: shared objects file (top)";

  /** For {@link #loggingJava}: a JVM that fails when asked to make an archive. */
  private static final Map<String, String> CANNOT_ARCHIVE = Map.of("CANNOT_ARCHIVE", "1");

  /** The environment, and the JVM told to log the classes it loads to {@code classes.log}. */
  private Map<String, String> logClasses() {
    Map<String, String> env = new HashMap<>(env());
    env.put("UNDEBATE_JAVA_OPTS", "-Xlog:class+load=info:file=" + clone.resolve("classes.log"));
    return env;
  }

  private String loaded() throws IOException {
    return Files.readString(clone.resolve("classes.log"));
  }

  /**
   * The environment with a {@code java} first on the PATH that logs each command line to {@code
   * java.log}, then runs the real one; with DRY set it runs only the archive's training, with
   * CANNOT_ARCHIVE it fails that.
   */
  private Map<String, String> loggingJava(Map<String, String> extra) throws IOException {
    Path bin = Files.createDirectories(clone.resolve("bin"));
    Path java =
        Files.writeString(
            bin.resolve("java"),
            "#!/bin/sh\n"
                + "echo \"$*\" >> \""
                + clone.resolve("java.log")
                + "\"\n"
                + "case \"$*\" in\n"
                + "  *ArchiveClassesAtExit*) [ -z \"$CANNOT_ARCHIVE\" ] || exit 1 ;;\n"
                + "  *) [ -z \"$DRY\" ] || exit 0 ;;\n"
                + "esac\n"
                + "exec \""
                + Shell.JAVA
                + "\" \"$@\"\n",
            StandardCharsets.UTF_8);
    java.toFile().setExecutable(true);
    Map<String, String> env = new HashMap<>(env());
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.putAll(extra);
    return env;
  }

  private List<String> javaRuns() throws IOException {
    return Files.readAllLines(clone.resolve("java.log"));
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
