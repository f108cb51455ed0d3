package io.github.undebate.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Note;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.spi.PdfLine;
import io.github.undebate.parser.spi.PdfPage;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.parser.spi.PdfWord;
import io.github.undebate.pdf.internal.PdfBoxTextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No text lost, counted from the PDF's own words (what the reader extracted, ligatures spelled
 * out): every visible character is in the model or in a {@code removed.*} diagnostic, page
 * furniture included. The model's strings are counted as the parser's own check counts them.
 */
class PdfNoTextLostTest {
  private static final Path PDF =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus", "pdf");
  private static final DebateParser PARSER = DebateParser.create();

  static Stream<String> records() {
    return Stream.of(
        "sc/S_PV.8698_E.pdf",
        "sc/S_PV.8701_E.pdf",
        "pv/A_61_PV_document_107.pdf",
        "pv/S_PV_1997_document_3756.pdf",
        "delivered/gadebate2024_gb_en.pdf",
        "delivered/gadebate2024_sn_fr.pdf",
        "delivered/gadebate2024_by_ru.pdf");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void everyVisibleCharacterOfThePdfsWordsIsKeptOrReportedRemoved(String record) throws Exception {
    assumeTrue(Files.isDirectory(PDF), "the shared corpus is at " + PDF.toAbsolutePath());
    byte[] bytes = Files.readAllBytes(PDF.resolve(record));
    PdfText words = new PdfBoxTextReader().read(bytes, 5000, 1 << 26);
    StringBuilder input = new StringBuilder();
    for (PdfPage page : words.pages()) {
      for (PdfLine line : page.lines()) {
        for (PdfWord w : line.words()) {
          input.append(w.text()).append(' ');
        }
      }
    }
    Debate d = PARSER.parse(PDF.resolve(record));
    Map<Integer, Integer> missing = missing(spelled(input.toString()), model(d));
    assertThat(missing)
        .as(record + ": visible characters neither in the model nor removed")
        .isEmpty();
  }

  private static String spelled(String s) {
    return Normalizer.normalize(
        s.replace("\uFB00", "ff")
            .replace("\uFB01", "fi")
            .replace("\uFB02", "fl")
            .replace("\uFB03", "ffi")
            .replace("\uFB04", "ffl")
            .replace("\uFB05", "st")
            .replace("\uFB06", "st"),
        Normalizer.Form.NFC);
  }

  /** The model's text as the parser's own check counts it (TextAccount in the parser's tests). */
  private static String model(Debate d) {
    StringBuilder sb = new StringBuilder();
    d.symbol().ifPresent(sb::append);
    d.session().ifPresent(sb::append);
    d.title().ifPresent(sb::append);
    d.location().ifPresent(sb::append);
    d.meetingNumber().ifPresent(sb::append);
    d.date()
        .ifPresent(
            x ->
                sb.append(x.getDayOfMonth())
                    .append(x.getYear())
                    .append(
                        x.getMonth()
                            .getDisplayName(
                                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                    .append(
                        x.getDayOfWeek()
                            .getDisplayName(
                                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)));
    d.time()
        .ifPresent(
            t ->
                sb.append(t.getHour())
                    .append(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12)
                    .append(String.format("%02d", t.getMinute())));
    d.members().forEach(m -> sb.append(m.country()).append(m.representative()));
    d.agenda().forEach(sb::append);
    Map<String, Integer> statements = new HashMap<>();
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Statement st) {
        statements.merge(st.speakerId(), 1, Integer::sum);
        st.paragraphs().forEach(x -> sb.append(x.text()));
      } else if (p instanceof Vote v) {
        v.draft().ifPresent(sb::append);
        v.inFavour().forEach(sb::append);
        v.against().forEach(sb::append);
        v.abstaining().forEach(sb::append);
        v.resolution().ifPresent(sb::append);
      } else if (p instanceof Note n) {
        sb.append(n.text());
      } else if (p instanceof Heading h) {
        sb.append(h.text());
      }
    }
    for (Speaker s : d.speakers()) {
      sb.append(s.raw().repeat(Math.max(1, statements.getOrDefault(s.id(), 0))));
    }
    for (Diagnostic x : d.diagnostics()) {
      if (x.code().startsWith("removed.")) {
        sb.append(x.excerpt());
      }
    }
    return sb.toString();
  }

  private static Map<Integer, Integer> missing(String input, String model) {
    Map<Integer, Integer> have = new HashMap<>();
    model
        .codePoints()
        .filter(PdfNoTextLostTest::visible)
        .forEach(c -> have.merge(c, 1, Integer::sum));
    Map<Integer, Integer> missing = new TreeMap<>();
    input
        .codePoints()
        .filter(PdfNoTextLostTest::visible)
        .forEach(c -> missing.merge(c, 1, Integer::sum));
    missing.replaceAll((c, n) -> n - have.getOrDefault(c, 0));
    missing.values().removeIf(n -> n <= 0);
    return missing;
  }

  private static boolean visible(int cp) {
    return !Character.isWhitespace(cp)
        && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.CONTROL
        && cp != 0xFEFF;
  }
}
