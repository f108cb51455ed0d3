package io.github.undebate.parser.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: bytes are decoded per the bytes that are there, HTML like text, with what was replaced.
 */
class DecodingTest {
  private static final DebateParser PARSER = DebateParser.create();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  // from the delivered French statement of Senegal (corpus/delivered), with curly quotes and dashes
  private static final String SPEECH =
      "Monsieur le Président, le Sénégal salue l’« Agenda pour la paix » – un engagement.\n\n"
          + "Je vous remercie.\n";

  @Test
  void oneUndefinedWindows1252ByteNoLongerSendsTheFileToIso88591() throws IOException {
    byte[] head = "Le Conseil".getBytes(WINDOWS_1252);
    byte[] bytes = concat(head, new byte[] {(byte) 0x81}, (" " + SPEECH).getBytes(WINDOWS_1252));
    Debate d = PARSER.parse(new ByteArrayInputStream(bytes));
    String text = InputSniffingTest.paragraphs(d);
    // Before: ISO-8859-1 made ’ « » – into control characters, removed and only counted.
    assertThat(text).contains("Le Conseil\uFFFD", "l’« Agenda pour la paix » – un engagement");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("input.control_characters");
    assertThat(d.diagnostics())
        .filteredOn(x -> x.code().equals("input.malformed"))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .contains("1 byte", "Windows-1252", "0x81 at offset " + head.length));
  }

  @Test
  void utf8WithAFewStrayWindows1252BytesKeepsItsUtf8AndSaysWhichBytes() throws IOException {
    byte[] bytes =
        concat(
            SPEECH.getBytes(StandardCharsets.UTF_8),
            "Council".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0x92},
            "s role.\n".getBytes(StandardCharsets.US_ASCII));
    Debate d = PARSER.parse(new ByteArrayInputStream(bytes));
    assertThat(InputSniffingTest.paragraphs(d)).contains("Président", "Council’s role.");
    assertThat(d.diagnostics())
        .filteredOn(x -> x.code().equals("input.charset_fallback"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("UTF-8", "0x92 at offset", "as ’"));
  }

  @Test
  void aWindows1252PageDecodesByItsMetaCharset() throws IOException {
    String page =
        "<html><head><meta charset=\"windows-1252\"></head><body><article><p>The Council’s"
            + " “role” — today.</p><p>Thank you.</p></article></body></html>";
    Debate d = PARSER.parse(new ByteArrayInputStream(page.getBytes(WINDOWS_1252)));
    assertThat(InputSniffingTest.paragraphs(d)).contains("The Council’s “role” — today.");
    assertThat(d.diagnostics())
        .filteredOn(x -> x.code().equals("input.charset"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("windows-1252", "<meta>"));
  }

  @Test
  void aUtf16PageDecodes() throws IOException {
    String page = "<html><body><article><p>The Council’s role.</p></article></body></html>";
    Debate d = PARSER.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_16)));
    assertThat(d).isEqualTo(withDiagnosticsOf(PARSER.parseHtml(page), d));
    assertThat(InputSniffingTest.paragraphs(d)).contains("The Council’s role.");
  }

  @Test
  void aHugeHtmlFileIsRefusedByTheByteLimitBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.html");
    try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
      f.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
      f.setLength(1_500_000_000L); // sparse: costs no disk and, refused by size, no memory
    }
    assertThatThrownBy(() -> PARSER.parse(page))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputBytes");
  }

  @Test
  void theCharacterLimitStopsDecodingAndCountsExactly() {
    byte[] bytes = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);
    DebateParser small = DebateParser.builder().maxInputChars(1000).build();
    assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(bytes)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputChars = 1000 (was 5000)");
  }

  private static Debate withDiagnosticsOf(Debate model, Debate from) {
    return model.toBuilder().diagnostics(from.diagnostics()).build();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
