package io.github.undebate.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point's contract: inputs it accepts, limits, charsets and empty input. */
class DebateParserApiTest {
  // The seed's closing line, with a non-ASCII character from its title line.
  private static final String LINE = "«Cooperation» — Thank you for your attention.";

  @Test
  void emptyInputGivesAnErrorDiagnosticNotAnException() {
    Debate d = DebateParser.create().parse(" \n\t\n");
    assertThat(d.proceedings()).isEmpty();
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("input.empty", Severity.ERROR));
  }

  @Test
  void inputOverTheLimitThrowsAnExceptionNamingTheLimit() {
    DebateParser parser = DebateParser.builder().maxInputChars(10).build();
    assertThatThrownBy(() -> parser.parse(LINE))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputChars = 10")
        .hasMessageContaining("DebateParser.builder().maxInputChars");
    assertThatThrownBy(() -> parser.parse(new StringReader(LINE)))
        .isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(
            () -> parser.parse(new ByteArrayInputStream(LINE.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void builderRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> DebateParser.builder().maxInputChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInputChars must be positive");
  }

  @Test
  void readsUtf8WithAndWithoutBomAndUtf16WithBom(@TempDir Path dir) throws IOException {
    DebateParser parser = DebateParser.create();
    String expected = allText(parser.parse(LINE));
    byte[] utf8 = LINE.getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf16 = ("\uFEFF" + LINE).getBytes(StandardCharsets.UTF_16LE);
    assertThat(allText(parser.parse(write(dir, "plain.txt", utf8)))).isEqualTo(expected);
    assertThat(allText(parser.parse(write(dir, "bom.txt", concat(bom, utf8))))).isEqualTo(expected);
    assertThat(allText(parser.parse(write(dir, "utf16.txt", utf16)))).isEqualTo(expected);
  }

  @Test
  void fallsBackToWindows1252WithADiagnostic() throws IOException {
    String text = "Côte d’Ivoire — Thank you.";
    byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
    Debate d = DebateParser.create().parse(new ByteArrayInputStream(cp1252));
    assertThat(allText(d)).contains("Côte d’Ivoire");
    assertThat(d.diagnostics())
        .anySatisfy(x -> assertThat(x.code()).isEqualTo("input.charset_fallback"));
  }

  private static String allText(Debate d) {
    StringBuilder sb = new StringBuilder();
    d.statements().forEach(s -> s.paragraphs().forEach(p -> sb.append(p.text()).append('\n')));
    return sb.toString();
  }

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
