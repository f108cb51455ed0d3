package io.github.undebate.parser.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a long run of removals into one diagnostic. The readers say each removed line on its own; a
 * text of millions of short removed lines (a file of "x" lines reads as no language) would then
 * hold a diagnostic per line, several times the text's own size, in the model and in its JSON
 * (issue 18). A run of more than {@link #MAX_RUN} removals of one kind, one after the other in the
 * list and in the text (blank lines may stand between them), becomes one diagnostic on the run's
 * first line whose excerpt is the removed texts joined by line feeds, so that no text is lost and
 * the cost stays proportional to the text. Shorter runs, all that real records hold (the dev
 * corpus's longest is 241, the lines of an Arabic speech), are left as they are.
 */
final class RemovedRuns {
  /** The longest run left as one diagnostic per line. */
  static final int MAX_RUN = 1_000;

  private RemovedRuns() {}

  /** The record with its long runs of removals joined; the record itself when it has none. */
  static Debate join(Debate debate) {
    List<Diagnostic> diagnostics = debate.diagnostics();
    if (diagnostics.size() <= MAX_RUN) {
      return debate;
    }
    List<Diagnostic> joined = null;
    int start = 0;
    while (start < diagnostics.size()) {
      int end = runEnd(diagnostics, start);
      if (end - start > MAX_RUN) {
        if (joined == null) {
          joined = new ArrayList<>(diagnostics.subList(0, start));
        }
        joined.add(joinRun(diagnostics.subList(start, end)));
      } else if (joined != null) {
        joined.addAll(diagnostics.subList(start, end));
      }
      start = end;
    }
    return joined == null ? debate : debate.toBuilder().diagnostics(joined).build();
  }

  /** The end (exclusive) of the run of removals that starts at {@code start}. */
  private static int runEnd(List<Diagnostic> diagnostics, int start) {
    Diagnostic first = diagnostics.get(start);
    int end = start + 1;
    if (!first.code().startsWith("removed.") || first.line() == 0) {
      return end;
    }
    Diagnostic last = first;
    while (end < diagnostics.size()) {
      Diagnostic next = diagnostics.get(end);
      if (next.line() < last.line()
          || !next.code().equals(first.code())
          || next.severity() != first.severity()) {
        break;
      }
      last = next;
      end++;
    }
    return end;
  }

  private static Diagnostic joinRun(List<Diagnostic> run) {
    Diagnostic first = run.get(0);
    Diagnostic last = run.get(run.size() - 1);
    StringBuilder excerpt = new StringBuilder();
    for (Diagnostic d : run) {
      if (excerpt.length() > 0) {
        excerpt.append('\n');
      }
      excerpt.append(d.excerpt());
    }
    return new Diagnostic(
        first.severity(),
        first.code(),
        first.line(),
        first.message()
            + " ("
            + run.size()
            + " times, lines "
            + first.line()
            + " to "
            + last.line()
            + ")",
        excerpt.toString());
  }
}
