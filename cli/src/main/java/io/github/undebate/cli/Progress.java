package io.github.undebate.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch on standard error: files done of total, rate and time left. It is
 * silent unless standard error is a terminal, the batch has more than one record, and the user did
 * not ask for {@code --quiet}.
 */
final class Progress implements AutoCloseable {

  /**
   * The system property by which the {@code undebate} script says whether standard error is a
   * terminal, which Java cannot find out for itself ({@code System.console()} also needs standard
   * input and output to be terminals, and {@code parse > out.jsonl} redirects the latter).
   */
  static final String STDERR_TERMINAL = "undebate.stderr.terminal";

  private final ProgressBar bar;
  private int failures;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * A progress bar for {@code total} records drawn on {@code terminal}, or a silent one when it
   * should not show.
   */
  static Progress start(String task, int total, boolean quiet, PrintStream terminal) {
    if (quiet || total < 2 || !stderrIsTerminal()) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            // Redraws one line with a carriage return; its width follows the terminal's.
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" files", 1)
            .showSpeed()
            .setStyle(ProgressBarStyle.UNICODE_BLOCK)
            .setUpdateIntervalMillis(200)
            .build();
    return new Progress(bar);
  }

  /** Whether the bar is showing; when it is, messages wait until it is closed. */
  boolean showing() {
    return bar != null;
  }

  /** Counts one record as done. */
  void done() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Counts one record as done and failed; the bar shows how many failed so far. */
  void failed() {
    failures++;
    if (bar != null) {
      bar.setExtraMessage(" " + failures + " failed");
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  private static boolean stderrIsTerminal() {
    String told = System.getProperty(STDERR_TERMINAL);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }
}
