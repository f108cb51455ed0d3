package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record that fails in any way fails alone: the batch goes on with the others. */
class BatchTest {
  @TempDir Path dir;

  @Test
  void aRecordThatRunsOutOfMemoryFailsAloneAndSaysWhatToDo() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "We support the draft resolution.");
    Path small = Files.writeString(dir.resolve("small.txt"), "We oppose the draft resolution.");
    // The heap is not exhausted here: the work stands for a writer that was, on the first record.
    Function<Debate, String> work =
        d -> {
          if (d.statements().get(0).paragraphs().get(0).text().contains("support")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return "written";
        };
    List<Batch.Outcome<String>> outcomes = new ArrayList<>();
    new Batch(DebateParser.create(), 2, new ByteArrayInputStream(new byte[0]))
        .run(
            List.of(Input.file(big, big.getFileName()), Input.file(small, small.getFileName())),
            work,
            outcomes::add);

    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0).failure()).startsWith("out of memory: give the JVM more heap");
    assertThat(outcomes.get(1).failure()).isNull();
    assertThat(outcomes.get(1).result()).isEqualTo("written");
  }
}
