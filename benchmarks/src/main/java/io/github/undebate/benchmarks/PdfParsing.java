package io.github.undebate.benchmarks;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A Security Council record as users download it (S/PV.8700, 12 pages, from corpus/pdf/sc): the
 * whole parse, PDF to model, against PDFBox's own {@link PDFTextStripper} on the same bytes, which
 * is the floor (the parse loads the PDF and strips its text through PDFBox too). Pages per second
 * are 12 divided by the time; the stripper's time over the parse's is PDFBox's share. The stripper
 * keeps its defaults, among them the search for overlapping duplicate glyphs that the parse turns
 * off (it drops real letters in older UN PDFs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PdfParsing {
  /** The record's pages, for pages per second. */
  public static final int PAGES = 12;

  private byte[] pdf;
  private DebateParser parser;

  /** Reads the PDF and creates the parser. */
  @Setup
  public void load(BenchmarkParams params) {
    try (InputStream in = PdfParsing.class.getResourceAsStream("corpus/pdf/S_PV.8700_E.pdf")) {
      if (in == null) {
        throw new IllegalStateException("benchmark input missing: corpus/pdf/S_PV.8700_E.pdf");
      }
      pdf = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parser = DebateParser.create();
    // One parse in either fork, so that both run under the same PDFBox settings: undebate-pdf
    // quiets PDFBox's font warnings and replaces its font mapper when first used.
    parse();
    boolean full = params.getBenchmark().endsWith(".parse");
    SteadyState.reach(params, 60, full ? this::parse : this::pdfTextStripper);
  }

  /** The floor: PDFBox loads the PDF and its text stripper writes the text. */
  @Benchmark
  public String pdfTextStripper() {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * PDFBox's text stripper set as the parse sets it (no search for overlapping duplicate glyphs):
   * the part of the parse that is PDFBox's, for its share.
   */
  @Benchmark
  public String pdfTextStripperAsParsed() {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSuppressDuplicateOverlappingText(false);
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole parse: PDF sniffed, words with their places, page furniture, layout, the record. */
  @Benchmark
  public Debate parse() {
    try {
      return parser.parse(new ByteArrayInputStream(pdf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
