package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example that converts S/PV.8700 to JSON, XML and Akoma Ntoso. */
class ConvertRecordTest {

  @TempDir Path dir;

  @Test
  void writesTheRecordAsJson() throws Exception {
    String output = Run.output(() -> ConvertRecord.main(new String[] {dir.toString()}));

    Path json = dir.resolve("S_PV.8700.json");
    assertThat(output).contains("wrote " + json);
    String text = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(text).contains("\"schema\" : \"undebate/1\"");
    assertThat(text).as("the speeches' text").contains("S/2020/24").contains("Nebenzia");
  }
}
