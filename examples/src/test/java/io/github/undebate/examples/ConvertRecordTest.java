package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateXml;
import io.github.undebate.parser.DebateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example that converts S/PV.8700 to JSON, XML and Akoma Ntoso. */
class ConvertRecordTest {

  @TempDir Path dir;

  @Test
  void writesTheSameRecordInThreeFormats() throws Exception {
    String output = Run.output(() -> ConvertRecord.main(new String[] {dir.toString()}));

    Path json = dir.resolve("S_PV.8700.json");
    Path xml = dir.resolve("S_PV.8700.xml");
    Path akn = dir.resolve("S_PV.8700.akn.xml");
    assertThat(output).contains("wrote " + json, "wrote " + xml, "wrote " + akn);

    Debate parsed = DebateParser.create().parse(Samples.verbatimRecord());
    assertThat(DebateJson.create().read(Files.readString(json, StandardCharsets.UTF_8)))
        .as("the JSON reads back as the parsed record")
        .isEqualTo(parsed);
    assertThat(DebateXml.create().read(Files.readString(xml, StandardCharsets.UTF_8)))
        .as("the XML reads back as the parsed record")
        .isEqualTo(parsed);
    String aknText = Files.readString(akn, StandardCharsets.UTF_8);
    assertThat(aknText)
        .as("an Akoma Ntoso debate document with the speeches' text")
        .contains(AkomaNtoso.NAMESPACE)
        .contains("<debate")
        .contains("S/2020/24");
  }
}
