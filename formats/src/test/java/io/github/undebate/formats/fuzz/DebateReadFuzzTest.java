package io.github.undebate.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateFormatException;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateXml;
import java.io.ByteArrayInputStream;

/**
 * Fuzz targets for reading JSON and XML. In an ordinary build they replay the inputs kept under
 * {@code src/test/resources/io/github/undebate/formats/fuzz/DebateReadFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} they fuzz (see FUZZING.md). A reader may refuse a document only with {@link
 * DebateFormatException}; a document it accepts must survive a write and a second read unchanged.
 */
class DebateReadFuzzTest {
  private static final DebateJson JSON = DebateJson.create();
  private static final DebateXml XML = DebateXml.create();

  @FuzzTest(maxDuration = "15m")
  void json(byte[] input) {
    Debate debate;
    try {
      debate = JSON.read(new ByteArrayInputStream(input));
    } catch (DebateFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(JSON.read(JSON.write(debate))).isEqualTo(debate);
  }

  @FuzzTest(maxDuration = "15m")
  void xml(byte[] input) {
    Debate debate;
    try {
      debate = XML.read(new ByteArrayInputStream(input));
    } catch (DebateFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(XML.read(XML.write(debate))).isEqualTo(debate);
  }
}
