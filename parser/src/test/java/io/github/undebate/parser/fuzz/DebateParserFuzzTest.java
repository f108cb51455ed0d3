package io.github.undebate.parser.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.LimitExceededException;
import io.github.undebate.parser.reliability.TextAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * Fuzz targets for the parser's entry points. In an ordinary build they replay the inputs kept
 * under {@code src/test/resources/io/github/undebate/parser/fuzz/DebateParserFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see FUZZING.md). Any exception other than a breached limit is a
 * finding, as are a parse that depends on the path the bytes came by and a visible character of the
 * input that is neither in the model nor in a removal diagnostic ({@link TextAccount}).
 */
class DebateParserFuzzTest {
  // Small enough that the fuzzer also probes the limit; large inputs have their own tests.
  private static final DebateParser PARSER = DebateParser.builder().maxInputChars(1 << 16).build();

  /**
   * The first page of S/PV.8698 up to its first words of proceedings (from the dev corpus): what
   * makes the record kind a verbatim record, so that the fuzzer's bytes reach the verbatim reader's
   * body rules.
   */
  private static final String VERBATIM_HEADER = verbatimHeader();

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
    // The record says which bytes it was parsed from.
    assertThat(fromBytes.source().orElseThrow().length()).isEqualTo(input.length);
    // Valid UTF-8 read as a string must give the same model as the bytes, but for the source.
    String text = new String(input, StandardCharsets.UTF_8);
    if (fromBytes.diagnostics().stream().noneMatch(d -> d.code().startsWith("input."))
        && text.getBytes(StandardCharsets.UTF_8).length == input.length
        && !text.startsWith("\uFEFF")) {
      Debate fromText = PARSER.parse(text);
      assertThat(fromText).isEqualTo(fromBytes.toBuilder().source(null).build());
      assertNoTextLost(fromText.kind().name(), text, fromText);
    }
  }

  /** The bytes as the body of a verbatim record, after a real record's first page. */
  @FuzzTest(maxDuration = "15m")
  void verbatim(byte[] input) {
    String text =
        VERBATIM_HEADER
            + "The meeting was called to order at 10.05 a.m.\n"
            + new String(input, StandardCharsets.UTF_8);
    Debate debate;
    try {
      debate = PARSER.parse(text);
    } catch (LimitExceededException e) {
      assertThat(e.limit()).isNotBlank();
      return;
    }
    assertNoTextLost("verbatim", text, debate);
  }

  @FuzzTest(maxDuration = "15m")
  void html(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    Debate debate;
    try {
      debate = PARSER.parseHtml(html);
    } catch (LimitExceededException e) {
      assertThat(e.limit()).isNotBlank();
      return;
    }
    // the page's own text as a browser shows it, not what the parser's HTML reading made of it
    assertNoTextLost("HTML", Jsoup.parse(html).body().text(), debate);
  }

  private static void assertNoTextLost(String what, String input, Debate debate) {
    TextAccount.Result r = TextAccount.check(input, debate);
    assertThat(r.balanced()).as("%s: %s", what, r.describe()).isTrue();
  }

  private static String verbatimHeader() {
    try (InputStream in =
        DebateParserFuzzTest.class.getResourceAsStream("/corpus/sc/S_PV.8698_E.txt")) {
      String record = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return record.substring(0, record.indexOf("The meeting was called to order"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
