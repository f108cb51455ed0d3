package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the progress bar shows, and that failures reach the user either way. */
class ProgressTest {

  private final ByteArrayOutputStream drawn = new ByteArrayOutputStream();
  private final PrintStream terminal = new PrintStream(drawn, true, StandardCharsets.UTF_8);

  @AfterEach
  void forget() {
    System.clearProperty(Progress.STDERR_TERMINAL);
  }

  @Test
  void showsForABatchOnATerminal() {
    System.setProperty(Progress.STDERR_TERMINAL, "true");
    try (Progress p = Progress.start("parse", 3, false, terminal)) {
      assertThat(p.showing()).isTrue();
      p.done();
      p.failed();
    }
    assertThat(drawn.toString(StandardCharsets.UTF_8))
        .as("the bar says files done of total, and failures")
        .contains("2/3 files")
        .contains("1 failed");
  }

  @Test
  void isSilentWhenStandardErrorIsNotATerminal() {
    System.setProperty(Progress.STDERR_TERMINAL, "false");
    try (Progress p = Progress.start("parse", 3, false, terminal)) {
      assertThat(p.showing()).isFalse();
      p.done();
    }
    assertThat(drawn.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void isSilentWithQuietOrForASingleRecord() {
    System.setProperty(Progress.STDERR_TERMINAL, "true");
    try (Progress quiet = Progress.start("parse", 3, true, terminal);
        Progress single = Progress.start("parse", 1, false, terminal)) {
      assertThat(quiet.showing()).isFalse();
      assertThat(single.showing()).isFalse();
    }
  }

  @Test
  void failuresWaitBelowTheBarAndArePrintedBeforeTheSummary() {
    System.setProperty(Progress.STDERR_TERMINAL, "true");
    StringWriter err = new StringWriter();
    try (BatchReport report = new BatchReport(new PrintWriter(err), terminal, "parse", 2, false)) {
      report.failed("a.txt", "no such file");
      assertThat(err.toString()).as("nothing is printed under a running bar").isEmpty();
    }
    assertThat(err.toString())
        .isEqualTo(
            String.format(
                "undebate: a.txt: no such file%n2 files: 0 parsed, 1 failed; 0 statements,"
                    + " 0 speakers, 0 citations, 0 warnings, 0 errors%n"));
  }
}
