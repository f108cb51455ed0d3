package io.github.undebate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once through JMH (in this JVM, smallest inputs) so that a broken
 * benchmark fails the build rather than the measurement run.
 */
class BenchmarksRunOnceTest {

  @Test
  void everyBenchmarkRunsOnceAndReportsATime() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(BenchmarksRunOnceTest.class.getPackageName() + ".")
            .mode(Mode.SingleShotTime)
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .param("copies", "1")
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    List<String> ran = new ArrayList<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      ran.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
      assertThat(result.getPrimaryResult().getScore())
          .as("time of one call of %s %s", name, result.getParams())
          .isPositive();
    }
    assertThat(ran)
        .as("every benchmark method ran")
        .contains(
            "PlainTextParsing.floor",
            "PlainTextParsing.parse",
            "HtmlParsing.jsoupAlone",
            "HtmlParsing.parseHtml",
            "PdfParsing.pdfTextStripper",
            "PdfParsing.pdfTextStripperAsParsed",
            "PdfParsing.parse",
            "CitationFinding.floor",
            "CitationFinding.find",
            "JsonWriteRead.writeDebate",
            "JsonWriteRead.writeTree",
            "JsonWriteRead.readDebate",
            "JsonWriteRead.readTree",
            "ParseScaling.parse",
            "CorpusBatch.parseAll",
            "GeneralDebateParsing.floor",
            "GeneralDebateParsing.parseAll",
            "HostileShapes.floor",
            "HostileShapes.parse");
  }
}
