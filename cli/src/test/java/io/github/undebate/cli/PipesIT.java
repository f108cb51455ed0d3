package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input from a pipe, as a shell gives it. A pipe cannot seek, and JDK 17's {@code
 * readNBytes} on the raw {@code FileInputStream} of one failed with "Illegal seek": every line of
 * this test once ended in {@code <stdin>: cannot read: Illegal seek}.
 */
class PipesIT {
  private static final String TEXT =
      "Mr. President, my delegation supports the draft resolution in document S/2020/24.";

  @TempDir Path dir;

  @Test
  void catIntoParseWithNoFile() throws Exception {
    assertParsed(Shell.run("sh", dir, "cat record.txt | $UNDEBATE parse", env()));
  }

  @Test
  void echoIntoParseDash() throws Exception {
    assertParsed(Shell.run("sh", dir, "echo \"$TEXT\" | $UNDEBATE parse -", env()));
  }

  @Test
  void aHereString() throws Exception {
    assertParsed(Shell.run("bash", dir, "$UNDEBATE parse - <<< \"$TEXT\"", env()));
  }

  @Test
  void aPipeIntoABatchWithAFile() throws Exception {
    Shell shell =
        Shell.run("sh", dir, "cat record.txt | $UNDEBATE parse --format jsonl record.txt -", env());

    assertThat(shell.exitCode).as(shell.toString()).isZero();
    List<String> lines = shell.out.lines().toList();
    assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains(TEXT));
  }

  @Test
  void aRedirectedFileStillWorks() throws Exception {
    assertParsed(Shell.run("sh", dir, "$UNDEBATE parse - < record.txt", env()));
  }

  private Map<String, String> env() throws IOException {
    Files.writeString(dir.resolve("record.txt"), TEXT + "\n", StandardCharsets.UTF_8);
    return Map.of("TEXT", TEXT);
  }

  private static void assertParsed(Shell shell) {
    assertThat(shell.exitCode).as(shell.toString()).isZero();
    assertThat(shell.err).as(shell.toString()).doesNotContain("Illegal seek");
    assertThat(Json.documents(shell.out, "text")).hasSize(1);
    assertThat(Json.documents(shell.out, "text").get(0)).contains(TEXT);
  }
}
