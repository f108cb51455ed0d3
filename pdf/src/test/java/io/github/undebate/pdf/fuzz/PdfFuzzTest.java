package io.github.undebate.pdf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz target for the PDF reader (see FUZZING.md). The kept seed is a real two-page Security
 * Council record (S/PV.8701, corpus/pdf/sc). What counts as a finding: any exception but a breached
 * limit or a {@link DebateParseException} that says the PDF cannot be read; the parser's own bugs
 * show as "a bug in undebate".
 */
class PdfFuzzTest {
  // Small limits, so that the fuzzer probes them and a PDF bomb ends quickly.
  private static final DebateParser PARSER =
      DebateParser.builder().maxInputChars(1 << 16).maxPdfPages(20).build();

  @FuzzTest(maxDuration = "15m")
  void pdf(byte[] input) throws IOException {
    byte[] bytes = input;
    if (bytes.length < 5 || bytes[0] != '%') {
      // keep the fuzzer on the PDF path: the text path has its own target
      bytes = new byte[input.length + 9];
      System.arraycopy(
          "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
      System.arraycopy(input, 0, bytes, 9, input.length);
    }
    try {
      assertThat(PARSER.parse(new ByteArrayInputStream(bytes))).isNotNull();
    } catch (LimitExceededException e) {
      assertThat(e.limit()).isNotBlank();
    } catch (DebateParseException e) {
      assertThat(e.getMessage()).doesNotContain("bug in undebate").contains("PDF");
    }
  }
}
