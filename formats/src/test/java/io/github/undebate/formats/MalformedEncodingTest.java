package io.github.undebate.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bytes a reader cannot decode are a malformed document, reported without a word on standard error;
 * only a failing stream is an I/O error.
 */
class MalformedEncodingTest {
  private static final DebateXml XML = DebateXml.create();
  private static final Debate TITLED = Debate.builder().title("Coopération régionale").build();

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

  @Test
  void xmlBytesNotValidInTheirEncodingAreAMalformedDocumentAndNothingIsPrinted() {
    byte[] good = XML.write(TITLED).getBytes(StandardCharsets.UTF_8);
    String text = new String(good, StandardCharsets.ISO_8859_1);
    // "é" as the single byte of ISO-8859-1, in a document that declares UTF-8
    byte[] bad = text.replace("\u00c3\u00a9", "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> XML.read(new ByteArrayInputStream(bad)))
          .isInstanceOf(DebateFormatException.class)
          .hasMessageContaining("not well-formed XML")
          .hasMessageContaining("not valid UTF-8");
    } finally {
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).as("standard error").isEmpty();
  }

  @Test
  void xmlBytesAreDecodedAsTheMarkOrTheDeclarationSays() {
    String xml = XML.write(TITLED);
    assertThat(XML.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(TITLED);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(
            XML.read(new ByteArrayInputStream(concat(bom, xml.getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo(TITLED);
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE}) {
      byte[] bytes = xml.replace("UTF-8", "UTF-16").getBytes(utf16);
      assertThat(XML.read(new ByteArrayInputStream(bytes))).as(utf16.name()).isEqualTo(TITLED);
    }
    String latin = xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    assertThat(XML.read(new ByteArrayInputStream(latin.getBytes(StandardCharsets.ISO_8859_1))))
        .isEqualTo(TITLED);
    String unknown = xml.replace("encoding=\"UTF-8\"", "encoding=\"x-no-such\"");
    assertThatThrownBy(
            () -> XML.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageContaining("the encoding \"x-no-such\" is not supported");
  }

  @Test
  void anXmlStreamThatFailsIsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> XML.read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
