package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example that parses a folder in parallel into JSON Lines. */
class ParseFolderTest {

  @TempDir Path dir;

  @Test
  void writesOneJsonLinePerRecordInFileOrder() throws Exception {
    Path folder = dir.resolve("records");
    Files.createDirectories(folder.resolve("sc"));
    Files.writeString(folder.resolve("a-belarus.txt"), Samples.belarusStatement());
    Files.writeString(folder.resolve("sc/S_PV.8700_E.txt"), Samples.verbatimRecord());
    Files.writeString(folder.resolve("notes.md"), "Not a .txt file, so not read.");
    Path output = dir.resolve("records.jsonl");

    String printed =
        Run.output(() -> ParseFolder.main(new String[] {folder.toString(), output.toString()}));

    assertThat(printed).contains("wrote 2 records to " + output);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"schema\":\"undebate/1\""));
    assertThat(lines.get(0)).contains("Belarus favors developing practical cooperation");
    assertThat(lines.get(1)).contains("Nebenzia");
  }

  @Test
  void saysHowToCallItWhenArgumentsAreMissing() {
    assertThatThrownBy(() -> ParseFolder.main(new String[0])).hasMessageContaining("usage:");
  }
}
