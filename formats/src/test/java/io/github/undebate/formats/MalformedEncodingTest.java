package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Bytes Jackson cannot decode are a malformed document; only a failing stream is an I/O error. */
class MalformedEncodingTest {

  // Found by DebateReadFuzzTest#json (crash-155a160…): a UTF-32 byte order Jackson refuses.
  @Test
  void anUnsupportedUtf32ByteOrderIsAMalformedDocument() {
    byte[] bytes = {0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0, 0, 0, 0, 0, 0, 0x7B, 0x20};
    assertThatThrownBy(() -> DebateJson.create().read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("UCS-4");
  }

  @Test
  void aStreamThatFailsIsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> DebateJson.create().read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }
}
