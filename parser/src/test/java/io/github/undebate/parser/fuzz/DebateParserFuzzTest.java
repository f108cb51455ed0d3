package io.github.undebate.parser.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the parser's entry points. In an ordinary build they replay the inputs kept
 * under {@code src/test/resources/io/github/undebate/parser/fuzz/DebateParserFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see FUZZING.md). Any exception other than a breached limit is a
 * finding, as is a parse that depends on the path the bytes came by.
 */
class DebateParserFuzzTest {
  // Small enough that the fuzzer also probes the limit; large inputs have their own tests.
  private static final DebateParser PARSER = DebateParser.builder().maxInputChars(1 << 16).build();

  @FuzzTest(maxDuration = "15m")
  void text(byte[] input) throws IOException {
    Debate fromBytes;
    try {
      fromBytes = PARSER.parse(new ByteArrayInputStream(input));
    } catch (LimitExceededException e) {
      assertThat(e.limit()).isNotBlank();
      return;
    } catch (DebateParseException e) {
      // bytes with the PDF signature need undebate-pdf, which this module's tests do not have
      assertThat(e.getMessage()).contains("undebate-pdf");
      return;
    }
    assertThat(fromBytes).isNotNull();
    // Valid UTF-8 read as a string must give the same model as the bytes.
    String text = new String(input, StandardCharsets.UTF_8);
    if (fromBytes.diagnostics().stream().noneMatch(d -> d.code().startsWith("input."))
        && text.getBytes(StandardCharsets.UTF_8).length == input.length
        && !text.startsWith("\uFEFF")) {
      assertThat(PARSER.parse(text)).isEqualTo(fromBytes);
    }
  }

  @FuzzTest(maxDuration = "15m")
  void html(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    try {
      assertThat(PARSER.parseHtml(html)).isNotNull();
    } catch (LimitExceededException e) {
      assertThat(e.limit()).isNotBlank();
    }
  }
}
