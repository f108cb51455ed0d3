package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PatternSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
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

  /** The kinds of the rules, in table order. */
  private static final List<NoteKind> KINDS = new ArrayList<>();

  /** The rules' patterns and cues, in table order. */
  private static final PatternSet PATTERNS;

  static {
    List<PatternSet.Entry> entries = new ArrayList<>();
    for (ResourceTable.Row row : ResourceTable.read(ProceduralNotes.class, "notes.tsv", 3, 3)) {
      KINDS.add(NoteKind.of(row));
      entries.add(
          new PatternSet.Entry(Pattern.compile(row.cell(1)), ResourceTable.names(row.cell(2))));
    }
    PATTERNS = PatternSet.of(entries);
  }

  private ProceduralNotes() {}

  /** Whether a note may open with the character: notes open with a capital or "[". */
  static boolean mayOpen(char first) {
    return Character.isUpperCase(first) || first == '[';
  }

  /**
   * The note that starts at {@code lines.get(start)}, if one does.
   *
   * @param lines the lines
   * @param start where to look
   */
  static Optional<Found> at(List<Line> lines, int start) {
    return new Finder().at(lines, start);
  }

  /**
   * Finds notes; one finder serves one read, on one thread: it keeps a matcher per rule and the
   * buffer the lines are joined in.
   */
  static final class Finder {
    private final PatternSet.Matching matching = PATTERNS.matching();
    private final StringBuilder joined = new StringBuilder();

    /**
     * Whether a cue of each pattern stands in the lines joined so far, and in how many of their
     * characters the cues were looked for: the joined text grows a line at a time, and each line
     * that may close a note asks for every candidate's cues, so only the new part is read.
     */
    private final boolean[] cued = new boolean[KINDS.size()];

    private int searched;

    /**
     * The note that starts at {@code lines.get(start)}: the lines from there joined, up to {@link
     * #MAX_LINES}, not across page noise or an empty line, until a line that closes a note (ends
     * with ".", ")" or "]") completes a rule's pattern; the first rule in table order wins.
     */
    Optional<Found> at(List<Line> lines, int start) {
      return at(lines, start, i -> false);
    }

    /**
     * As {@link #at(List, int)}, not across a line that opens a turn: a President's turn of one
     * line between two adoptions ("The President: May I take it that the Assembly decides to adopt
     * draft resolution II?") is no part of the note before it.
     *
     * @param opensTurn whether a speaker label opens line {@code i}
     */
    Optional<Found> at(List<Line> lines, int start, IntPredicate opensTurn) {
      String first = lines.get(start).text();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      if (!mayOpen(first.charAt(0))) {
        return Optional.empty();
      }
      int[] candidates = matching.candidates(first);
      if (candidates.length == 0) {
        return Optional.empty();
      }
      joined.setLength(0);
      forgetCues(candidates);
      for (int k = 0; k < MAX_LINES && start + k < lines.size(); k++) {
        Line line = lines.get(start + k);
        if (line.isNoise() || line.isEmpty()) {
          break;
        }
        if (k > 0 && opensTurn.test(start + k)) {
          return cutShort(candidates, k);
        }
        if (joined.length() > 0 && joined.charAt(joined.length() - 1) == TextJoin.SOFT_HYPHEN) {
          // the join takes the soft hyphen away: what was read of the text no longer stands
          forgetCues(candidates);
        }
        TextJoin.append(joined, line.text());
        char last = line.text().charAt(line.text().length() - 1);
        if (last != '.' && last != ')' && last != ']') {
          continue;
        }
        for (int r : candidates) {
          if (!cued[r]) {
            cued[r] = matching.holdsCue(r, joined, searched);
          }
          if (cued[r] && matching.matchesCued(r, joined)) {
            return Optional.of(new Found(KINDS.get(r), joined.toString(), k + 1));
          }
        }
        searched = joined.length();
      }
      return Optional.empty();
    }

    private void forgetCues(int[] candidates) {
      for (int r : candidates) {
        cued[r] = false;
      }
      searched = 0;
    }

    /**
     * The note of the first {@code k} lines, which the next turn's label cut short before its full
     * stop ("Draft resolution A/61/L.68 was adopted" and a label): read as if the stop were there,
     * kept as printed.
     */
    private Optional<Found> cutShort(int[] candidates, int k) {
      String printed = joined.toString();
      joined.append('.');
      for (int r : candidates) {
        if (matching.matches(r, joined)) {
          return Optional.of(new Found(KINDS.get(r), printed, k));
        }
      }
      return Optional.empty();
    }
  }
}
