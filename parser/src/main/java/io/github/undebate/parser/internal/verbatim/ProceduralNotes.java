package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.FirstCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the procedural notes of a verbatim record ("The meeting was called to order at 10
 * a.m.", "A vote was taken by show of hands.", "Draft resolution I was adopted (resolution
 * 65/182).") from the patterns in {@code notes.tsv}.
 */
final class ProceduralNotes {
  /** The most lines a note may take. */
  static final int MAX_LINES = 6;

  /**
   * A note found in the lines.
   *
   * @param kind the pattern's kind
   * @param text the note, line wraps joined
   * @param lines how many lines it takes
   */
  record Found(NoteKind kind, String text, int lines) {}

  private record Rule(NoteKind kind, Pattern pattern, FirstCharacters first) {}

  private static final List<Rule> RULES = new ArrayList<>();

  /** The rules a note may match, by its first character. */
  private static final int[][] BY_FIRST;

  static {
    for (ResourceTable.Row row : ResourceTable.read(ProceduralNotes.class, "notes.tsv", 2, 2)) {
      Pattern pattern = Pattern.compile(row.cell(1));
      RULES.add(new Rule(NoteKind.of(row), pattern, FirstCharacters.of(pattern)));
    }
    boolean[] all = new boolean[RULES.size()];
    java.util.Arrays.fill(all, true);
    BY_FIRST = FirstCharacters.index(RULES.stream().map(Rule::first).toList(), all);
  }

  private ProceduralNotes() {}

  /**
   * The note that starts at {@code lines.get(start)}, if one does.
   *
   * @param lines the lines
   * @param start where to look
   * @param stop the first index the note may not reach (a page break, a label)
   */
  static Optional<Found> at(List<Line> lines, int start, int stop) {
    return new Finder().at(lines, start, stop);
  }

  /**
   * Finds notes with one matcher per rule, reset for every text: a reader looks at nearly every
   * line. Not safe to share between threads; one read makes its own.
   */
  static final class Finder {
    private final Matcher[] matchers = new Matcher[RULES.size()];
    private final StringBuilder joined = new StringBuilder();

    Finder() {
      for (int k = 0; k < matchers.length; k++) {
        matchers[k] = RULES.get(k).pattern.matcher("");
      }
    }

    /** As {@link ProceduralNotes#at}. */
    Optional<Found> at(List<Line> lines, int start, int stop) {
      return at(lines, start, i -> stop);
    }

    /**
     * As {@link ProceduralNotes#at}, with the stop worked out from {@code start} only for a line
     * that can begin a note.
     */
    Optional<Found> at(List<Line> lines, int start, IntUnaryOperator stopFor) {
      String first = lines.get(start).text();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      char c = first.charAt(0);
      if (!(Character.isUpperCase(c) || c == '[')) {
        return Optional.empty();
      }
      int[] candidates = FirstCharacters.candidates(BY_FIRST, first);
      if (candidates.length == 0) {
        return Optional.empty();
      }
      int stop = stopFor.applyAsInt(start);
      joined.setLength(0);
      for (int k = 0; k < MAX_LINES && start + k < stop; k++) {
        String line = lines.get(start + k).text();
        if (line.isEmpty()) {
          break;
        }
        TextJoin.append(joined, line);
        char last = line.charAt(line.length() - 1);
        if (last != '.' && last != ')' && last != ']') {
          continue;
        }
        for (int r : candidates) {
          if (matchers[r].reset(joined).matches()) {
            matchers[r].reset("");
            return Optional.of(new Found(RULES.get(r).kind, joined.toString(), k + 1));
          }
        }
      }
      return Optional.empty();
    }
  }
}
