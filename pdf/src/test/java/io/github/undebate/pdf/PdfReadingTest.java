package io.github.undebate.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.DebateParseException;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.LimitExceededException;
import io.github.undebate.parser.spi.PdfText;
import io.github.undebate.pdf.internal.PdfBoxTextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: PDFs read through DebateParser.parse(Path) with nothing but this module on the path.
 * The PDFs are the corpus's (../shared/corpus/pdf), read in place.
 */
class PdfReadingTest {
  private static final DebateParser PARSER = DebateParser.create();
  private static final Path PDF =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus", "pdf");

  @Test
  void aSecurityCouncilRecordReadsWithItsHeaderSpeakersAndVotes() throws IOException {
    Debate d = PARSER.parse(PDF.resolve("sc/S_PV.8700_E.pdf"));
    assertThat(d.symbol()).hasValue("S/PV.8700");
    assertThat(d.meetingNumber()).hasValue(8700);
    assertThat(d.proceedings())
        .filteredOn(p -> p instanceof io.github.undebate.core.Vote)
        .hasSize(2);
    assertThat(text(d))
        .contains("the humanitarian co-penholders", "the floor")
        .doesNotContain("f loor", "This record contains the text of speeches", "*2000806*");
    // the page furniture went by position, each piece accounted for with exactly its text
    assertThat(d.diagnostics())
        .extracting(x -> x.code() + ":" + x.excerpt())
        .contains(
            "removed.barcode:*2000806*",
            "removed.job_number:20-00806 (E)",
            "removed.page_number:3/12")
        .anyMatch(
            x ->
                x.startsWith("removed.running_head:")
                    && x.contains("The situation in the Middle East"))
        .anyMatch(
            x -> x.startsWith("removed.boilerplate:This record contains the text of speeches"));
  }

  @Test
  void aPathAndAStreamGiveOneAnswer() throws IOException {
    Path file = PDF.resolve("sc/S_PV.8701_E.pdf");
    io.github.undebate.core.Debate fromFile = PARSER.parse(file);
    io.github.undebate.core.Source source = fromFile.source().orElseThrow();
    // One answer, but for the path, which only the file has; a PDF is decoded by no charset.
    assertThat(source.path()).contains(file.toString());
    assertThat(source.format()).isEqualTo(io.github.undebate.core.SourceFormat.PDF);
    assertThat(source.charset()).isEmpty();
    assertThat(PARSER.parse(new ByteArrayInputStream(Files.readAllBytes(file))))
        .isEqualTo(
            fromFile.toBuilder()
                .source(
                    new io.github.undebate.core.Source(
                        java.util.Optional.empty(),
                        source.length(),
                        source.sha256(),
                        source.format(),
                        source.charset(),
                        source.undebateVersion()))
                .build());
  }

  @Test
  void twoColumnPagesReadColumnByColumn() throws IOException {
    // A/61/PV.107 (2007): two columns a page; pypdf's text of it splits words ("bus inessman")
    String text = text(PARSER.parse(PDF.resolve("pv/A_61_PV_document_107.pdf")));
    assertThat(text).contains("a politician and businessman of his country");
  }

  @Test
  void theCorrectionNoticeLeavesWholeWhenItsLastSentenceStandsApart() throws IOException {
    // A/48/PV.46 (1993) sets "Corrections will be issued…" a paragraph's gap below the notice
    Debate d = PARSER.parse(PDF.resolve("pv/A_48_PV_document_46.pdf"));
    assertThat(text(d)).doesNotContain("consolidated corrigendum", "This record is subject");
    assertThat(d.diagnostics())
        .extracting(x -> x.code() + ":" + x.excerpt())
        .contains(
            "removed.boilerplate:Corrections will be issued after the end of the session in a"
                + " consolidated corrigendum.");
  }

  @Test
  void arabicReadsInOrderWithItsBracketsTheRightWayRound() throws IOException {
    // Saudi Arabia's 2024 statement draws its words out of order; read by position they are whole
    Debate d = PARSER.parse(PDF.resolve("delivered/gadebate2024_sa_ar.pdf"));
    // the head's first line is the title, the byline or the first paragraph, as the statement
    // reader reads it
    assertThat(d.title().orElse("") + "\n" + d.speakers().get(0).raw() + "\n" + text(d))
        .contains(
            "نودُ في البداية أنّ نُهنِّئ معالي السيد/ فليمون يانغ",
            "للدورة (التاسعة",
            "في أعمال الدورة ال (79) للجمعية العامة")
        .doesNotContain(")79(", ")التاسعة");
  }

  @Test
  void justifiedArabicReadsInOrderWithEachMarkOnItsLetter() throws IOException {
    // Iraq's 2024 statement: justified lines part their words by gaps (PDFBox read them backwards),
    // marks are drawn apart from their letters, beside them, and spaces are drawn over letters
    String text = text(PARSER.parse(PDF.resolve("delivered-2024/gadebate2024_iq_ar.pdf")));
    assertThat(text)
        .contains(
            "تأتي الدورةُ التاسعةُ والسبعونَ لاجتماعاتِ الجمعيةِ العامةِ للأممِ المتحدةِ في خضمِ"
                + " ظروفٍ خطيرةٍ تمرُّ على الشرقِ الأوسط، يواجهُ فيها النظامُ الدوليُّ العالميُّ"
                + " امتحاناً صعباً",
            "وتنصبُّ جُهودُنا على تعزيزِ العمليةِ الديمقراطيةِ",
            "في دستوره الدائم لعام 2005،",
            "أخيراً..")
        .doesNotContain("ُّر ", "جُ هود");
    // the short last line of a paragraph, standing in from the left, stays in its paragraph
    assertThat(text).contains("شاملة، بينما يقفُ مجلسُ الأمنِ الدولي عاجزاً بلا دور.\n");
  }

  @Test
  void aHeadSetCloseTogetherReadsLineByLine() throws IOException {
    // Belarus's 2024 statement sets post, name, session and title 12 points apart in 15-point type
    Debate d = PARSER.parse(PDF.resolve("delivered/gadebate2024_by_ru.pdf"));
    assertThat(d.title()).hasValue("79-я сессия Генеральной Ассамблеи ООН");
    assertThat(d.speakers()).anyMatch(s -> s.name().orElse("").equals("М.В.Рыженкова"));
  }

  @Test
  void aCoverPageOfFewLinesTakesTheDocumentsLineSpacing() throws IOException {
    // Bangladesh's 2024 statement: title, name, post and government spread over page 1
    Debate d = PARSER.parse(PDF.resolve("delivered-2024/gadebate2024_bd_en.pdf"));
    assertThat(d.speakers()).anyMatch(s -> s.countryCode().orElse("").equals("BD"));
  }

  @Test
  void typeSizeIsTheSizeOnThePageWhenTheDrawingIsScaled() throws Exception {
    // Bolivia's 2024 statement sets 12-point type through a scaled drawing (font size 50 at 0.24)
    byte[] pdf = Files.readAllBytes(PDF.resolve("delivered-2024/gadebate2024_bo_es.pdf"));
    PdfText words = new PdfBoxTextReader().read(pdf, 100, 1 << 24);
    assertThat(words.pages().get(0).lines().get(1).words().get(0).size())
        .isCloseTo(12f, org.assertj.core.data.Offset.offset(0.5f));
  }

  @Test
  void aScanWithoutATextLayerIsAnErrorThatSaysRunOcr() throws IOException {
    Debate d = PARSER.parse(PDF.resolve("delivered/gadebate2024_ps_ar.pdf"));
    assertThat(d.statements()).isEmpty();
    assertThat(d.diagnostics())
        .filteredOn(x -> x.severity() == Severity.ERROR)
        .extracting(Diagnostic::message)
        .containsExactly("no text layer: the PDF is a scan; run OCR first");
  }

  @Test
  void fontsWithoutUnicodeGiveAnErrorNotGarbage() throws IOException {
    // the statement of China was printed from a browser with Type 3 fonts that map to no letters
    Debate d = PARSER.parse(PDF.resolve("delivered/gadebate2024_cn_en.pdf"));
    assertThat(d.statements()).isEmpty();
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("input.unreadable_text_layer");
  }

  @Test
  void aBrokenPdfIsAClearParseException() {
    byte[] broken = Arrays.copyOf("%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(), 40);
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(broken)))
        .isInstanceOf(DebateParseException.class)
        .hasMessageContaining("PDF")
        .hasMessageNotContaining("bug in undebate");
  }

  @Test
  void aPdfOfDeeplyNestedObjectsIsAClearParseExceptionNotACrash() {
    String nested = "[".repeat(200_000) + "]".repeat(200_000);
    byte[] bomb =
        ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X "
                + nested
                + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try {
      Debate d = PARSER.parse(new ByteArrayInputStream(bomb));
      assertThat(d.statements()).isEmpty();
    } catch (DebateParseException e) {
      assertThat(e.getMessage()).contains("PDF").doesNotContain("bug in undebate");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anEncryptedPdfSaysItNeedsItsPassword() throws IOException {
    byte[] encrypted = EncryptedPdf.make();
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(encrypted)))
        .isInstanceOf(DebateParseException.class)
        .hasMessageContaining("encrypted");
  }

  @Test
  void thePageLimitStopsAPdfBeforeItsTextIsRead() {
    DebateParser small = DebateParser.builder().maxPdfPages(5).build();
    assertThatThrownBy(() -> small.parse(PDF.resolve("sc/S_PV.8700_E.pdf")))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxPdfPages = 5 (was 12)");
  }

  @Test
  void theCharacterLimitStopsExtraction() {
    DebateParser small = DebateParser.builder().maxInputChars(10_000).build();
    assertThatThrownBy(() -> small.parse(PDF.resolve("sc/S_PV.8699_E.pdf")))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxInputChars");
  }

  private static String text(Debate d) {
    StringBuilder sb = new StringBuilder();
    d.statements().forEach(s -> s.paragraphs().forEach(p -> sb.append(p.text()).append('\n')));
    return sb.toString();
  }
}
