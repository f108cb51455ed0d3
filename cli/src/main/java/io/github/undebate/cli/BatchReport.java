package io.github.undebate.cli;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Statement;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch tells the user on standard error: each failure with its path and reason, the
 * progress bar, and a summary at the end (files, statements, speakers, citations, warnings,
 * failures), and each record that holds no speech, which a corpus count should not take for a
 * statement. While the bar shows, these lines wait below it until the batch ends.
 */
final class BatchReport implements AutoCloseable {
  private final PrintWriter err;
  private final Progress progress;
  private final int total;
  private final boolean quiet;
  private final List<String> deferred = new ArrayList<>();

  private int parsed;
  private int failures;
  private long statements;
  private long speakers;
  private long citations;
  private long warnings;
  private long errors;

  /**
   * A report for a batch of {@code total} records: messages go to {@code err}, the progress bar
   * (when it shows) to {@code terminal}, both standard error in the command.
   */
  BatchReport(PrintWriter err, PrintStream terminal, String task, int total, boolean quiet) {
    this.err = err;
    this.total = total;
    this.quiet = quiet;
    this.progress = Progress.start(task, total, quiet, terminal);
  }

  /** Counts a record that was parsed and written; says so when it reads as no speech. */
  void parsed(String name, Debate debate) {
    parsed++;
    speakers += debate.speakers().size();
    for (Statement s : debate.statements()) {
      statements++;
      for (Paragraph p : s.paragraphs()) {
        citations += p.citations().size();
      }
    }
    for (Diagnostic d : debate.diagnostics()) {
      if (d.severity() == Severity.WARNING) {
        warnings++;
        if (d.code().equals("record.no_speech") && !quiet) {
          say("undebate: " + name + ": " + d.message());
        }
      } else if (d.severity() == Severity.ERROR) {
        errors++;
      }
    }
    progress.done();
  }

  /** Reports a record that failed, naming it and saying why. */
  void failed(String name, String reason) {
    failures++;
    say("undebate: " + name + ": " + reason);
    progress.failed();
  }

  private void say(String line) {
    if (progress.showing()) {
      deferred.add(line);
    } else {
      err.println(line);
      err.flush();
    }
  }

  /** How many records failed so far. */
  int failures() {
    return failures;
  }

  /** Ends the bar, prints the failures it held back and, for a batch, the summary. */
  @Override
  public void close() {
    progress.close();
    for (String line : deferred) {
      err.println(line);
    }
    if (total > 1 && !quiet) {
      err.println(summary());
    }
    err.flush();
  }

  /** The summary line, such as "12 files: 11 parsed, 1 failed; 340 statements, ...". */
  String summary() {
    return String.format(
        "%d %s: %d parsed, %d failed; %d statements, %d speakers, %d citations, %d warnings,"
            + " %d errors",
        total,
        total == 1 ? "file" : "files",
        parsed,
        failures,
        statements,
        speakers,
        citations,
        warnings,
        errors);
  }
}
