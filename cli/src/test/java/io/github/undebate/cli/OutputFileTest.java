package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is replaced whole or not at all. */
class OutputFileTest {

  @TempDir Path dir;

  @Test
  void aWriteThatFailsMidwayLeavesTheOldFileWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("record.json"), "{\"old\": true}\n");

    assertThatThrownBy(
            () ->
                OutputFile.write(
                    target,
                    out -> {
                      out.write("{\"new\": ".repeat(100_000)); // past any buffer: on the disk
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("No space left on device");

    assertThat(Files.readString(target)).isEqualTo("{\"old\": true}\n");
    assertThat(files()).as("the temporary file is gone").containsExactly(target);
  }

  @Test
  void aWriteThatFailsMidwayWithNoOldFileLeavesNothing() throws IOException {
    Path target = dir.resolve("record.json");

    assertThatThrownBy(
            () ->
                OutputFile.write(
                    target,
                    out -> {
                      out.write("x".repeat(100_000));
                      throw new IllegalStateException("the writer broke");
                    }))
        .hasMessage("the writer broke");

    assertThat(files()).isEmpty();
  }

  @Test
  void aWriteThatSucceedsReplacesTheFileAsUtf8() throws IOException {
    Path target = Files.writeString(dir.resolve("record.json"), "old");

    OutputFile.write(target, out -> out.write("«Мы поддерживаем» — Genève\n"));

    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo("«Мы поддерживаем» — Genève\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void textThatCannotBeUtf8FailsInsteadOfTurningIntoQuestionMarks() throws IOException {
    Path target = Files.writeString(dir.resolve("record.json"), "old");

    assertThatThrownBy(() -> OutputFile.write(target, out -> out.write("a\uD800b")))
        .isInstanceOf(IOException.class);

    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "made the usual way");
    Path target = dir.resolve("record.json");

    OutputFile.write(target, out -> out.write("{}"));

    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> !f.getFileName().toString().equals("plain.txt")).toList();
    }
  }
}
