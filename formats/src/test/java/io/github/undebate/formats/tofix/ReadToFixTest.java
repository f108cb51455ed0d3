package io.github.undebate.formats.tofix;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.formats.DebateFormatException;
import io.github.undebate.formats.DebateJson;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Known reader bugs found by fuzzing; each test fails today. Enable it with the fix. */
class ReadToFixTest {

  @Test
  @Disabled(
      "tofix: DebateJson.read(InputStream) reports bytes in an unsupported UTF-32 byte order"
          + " (3412) as UncheckedIOException, as if the stream had failed, instead of"
          + " DebateFormatException; found by DebateReadFuzzTest#json")
  void anUnsupportedUtf32ByteOrderIsAMalformedDocument() {
    // The start of the input the fuzzer found: a UTF-32 byte order Jackson refuses.
    byte[] bytes = {0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0, 0, 0, 0, 0, 0, 0x7B, 0x20};
    assertThatThrownBy(() -> DebateJson.create().read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(DebateFormatException.class);
  }
}
