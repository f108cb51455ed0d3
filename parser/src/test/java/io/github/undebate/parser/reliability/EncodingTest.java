package io.github.undebate.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.DebateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes are decoded by what they are, never by the platform's default charset: byte order marks,
 * UTF-16 without one, UTF-8, and the Windows-1252 and ISO-8859-1 fallbacks, each reported.
 */
class EncodingTest {
  private static final DebateParser PARSER = DebateParser.create();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  // A line from the corpus (delivered French statement) with accents, and curly quotes.
  private static final String TEXT =
      "Monsieur le Président, la Côte d’Ivoire salue l’« Agenda pour la paix ».\n\n"
          + "Je vous remercie.";

  static Stream<Arguments> textRecords() {
    return Corpus.textRecords().stream().map(p -> Arguments.of(Corpus.name(p), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textRecords")
  void everyCorpusRecordReadsTheSameInUtf8WithBomAndUtf16(String name, Path record)
      throws IOException {
    String text = Corpus.read(record);
    Debate expected = PARSER.parse(text);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertSame(name + " in UTF-8", expected, fromBytes(utf8));
    assertSame(
        name + " in UTF-8 with a byte order mark",
        expected,
        fromBytes(concat(bytes(0xEF, 0xBB, 0xBF), utf8)));
    assertSame(
        name + " in UTF-16LE with a byte order mark",
        expected,
        fromBytes(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
    assertSame(
        name + " in UTF-16BE with a byte order mark",
        expected,
        fromBytes(text.getBytes(StandardCharsets.UTF_16)));
  }

  /**
   * What decoding said: the diagnostics but for the readers' (which reader ran, what it removed).
   */
  private static List<Diagnostic> inputDiagnostics(Debate d) {
    return d.diagnostics().stream().filter(x -> x.code().startsWith("input.")).toList();
  }

  private static void assertSame(String what, Debate expected, Debate actual) {
    // Equal models but for what the decoder said; compared by equality to keep the message short.
    assertThat(withoutInputDiagnostics(actual).equals(expected))
        .as("%s gives the model that the text gives", what)
        .isTrue();
  }

  @Test
  void utf8NeedsNoDiagnostic() throws IOException {
    assertThat(inputDiagnostics(fromBytes(TEXT.getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedAndReported() throws IOException {
    String expected = allText(PARSER.parse(TEXT));
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Debate d = fromBytes(TEXT.getBytes(cs));
      assertThat(allText(d)).as(cs.name()).isEqualTo(expected);
      assertThat(inputDiagnostics(d))
          .as(cs.name())
          .anySatisfy(
              x -> {
                assertThat(x.code()).isEqualTo("input.charset");
                assertThat(x.message()).contains(cs.name(), "every other byte is zero");
              });
    }
  }

  @Test
  void windows1252IsTheFallbackForBytesThatAreNotUtf8() throws IOException {
    Debate d = fromBytes(TEXT.getBytes(WINDOWS_1252));
    assertThat(allText(d)).isEqualTo(allText(PARSER.parse(TEXT)));
    assertThat(inputDiagnostics(d))
        .filteredOn(x -> x.code().equals("input.charset_fallback"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("Windows-1252", "offset 14"));
  }

  @Test
  void aByteUndefinedInWindows1252BecomesAReplacementCharacterNamedInADiagnostic()
      throws IOException {
    // 0x81 is undefined in Windows-1252: that byte alone is replaced, the rest read as it is.
    byte[] bytes = concat("Côte d".getBytes(StandardCharsets.ISO_8859_1), bytes(0x81));
    Debate d = fromBytes(bytes);
    assertThat(allText(d)).isEqualTo("Côte d\uFFFD");
    assertThat(inputDiagnostics(d))
        .extracting(Diagnostic::code)
        .containsExactly("input.charset_fallback", "input.malformed");
    assertThat(inputDiagnostics(d).get(1).message()).contains("0x81 at offset 6", "U+FFFD");
  }

  @Test
  void malformedBytesAfterAByteOrderMarkAreReported() throws IOException {
    Debate d =
        fromBytes(
            concat(bytes(0xEF, 0xBB, 0xBF), "Paix ".getBytes(StandardCharsets.UTF_8), bytes(0xC3)));
    assertThat(inputDiagnostics(d)).extracting(Diagnostic::code).contains("input.malformed");
    assertThat(allText(d)).startsWith("Paix");
  }

  @Test
  void textIsNormalisedToNfc() {
    Debate d = PARSER.parse("Co\u0302te d’Ivoire");
    assertThat(allText(d)).isEqualTo("Côte d’Ivoire");
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharactersWithADiagnostic() {
    Debate d = PARSER.parse("Peace \uD800 and \uDC00 security \uD83C\uDF0D");
    assertThat(allText(d)).isEqualTo("Peace \uFFFD and \uFFFD security \uD83C\uDF0D");
    assertThat(inputDiagnostics(d)).extracting(Diagnostic::code).containsExactly("input.malformed");
  }

  @Test
  void controlCharactersAreRemovedWithADiagnosticNamingTheirLine() {
    Debate d = PARSER.parse("Peace\n and\u0000 secu\u0007rity\u007F, at last.");
    assertThat(allText(d)).isEqualTo("Peace and security, at last.");
    assertThat(inputDiagnostics(d))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("input.control_characters");
              assertThat(x.line()).isEqualTo(2);
              assertThat(x.message()).contains("3 control characters");
            });
  }

  @Test
  void pathAndStreamReadTheSameBytesTheSameWay(@TempDir Path dir) throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_8, WINDOWS_1252, StandardCharsets.UTF_16)) {
      byte[] bytes = TEXT.getBytes(cs);
      Path file = Files.write(dir.resolve(cs.name()), bytes);
      assertThat(PARSER.parse(file)).as(cs.name()).isEqualTo(fromBytes(bytes));
      assertThat(allText(PARSER.parse(file))).as(cs.name()).isEqualTo(allText(PARSER.parse(TEXT)));
    }
  }

  private static Debate fromBytes(byte[] bytes) throws IOException {
    return PARSER.parse(new ByteArrayInputStream(bytes));
  }

  private static Debate withoutInputDiagnostics(Debate d) {
    return d.toBuilder()
        .diagnostics(d.diagnostics().stream().filter(x -> !x.code().startsWith("input.")).toList())
        .build();
  }

  private static String allText(Debate d) {
    return String.join("\n", TextAccount.sources(d).stream().filter(x -> !x.isEmpty()).toList());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
