package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which phrases of a {@link PhraseList} a line may be ({@link PhraseList#isLine}): by the line's
 * length, the whole phrases of that length and the prefix entries (ending in {@code *}); for a line
 * longer than every phrase, only the prefix entries that open with its first character. A speed
 * trick (issue 14): most lines are longer than every whole phrase, and a site-chrome list, tried on
 * every line of a statement, has dozens. Made once per list, when first needed; immutable.
 */
final class WholeLines {
  /** The longest phrase's length: a line is compared only so far from its start. */
  final int longest;

  /** Each phrase's length as compared: a prefix entry's without its "*". */
  private final int[] compared;

  /** By line length up to {@link #longest}: the phrases the line may be. */
  private final int[][] byLength;

  /** For a longer line, by its first character lower-cased (128: beyond ASCII). */
  private final int[][] byFirst;

  WholeLines(List<String> phrases) {
    this.longest = phrases.stream().mapToInt(String::length).max().orElse(0);
    this.compared = new int[phrases.size()];
    List<Integer> prefixes = new ArrayList<>();
    for (int k = 0; k < phrases.size(); k++) {
      String p = phrases.get(k);
      boolean prefix = p.endsWith("*");
      compared[k] = prefix ? p.length() - 1 : p.length();
      if (prefix) {
        prefixes.add(k);
      }
    }
    this.byLength = new int[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      List<Integer> candidates = new ArrayList<>();
      for (int k = 0; k < phrases.size(); k++) {
        if (phrases.get(k).endsWith("*") || compared[k] == length) {
          candidates.add(k);
        }
      }
      byLength[length] = toArray(candidates);
    }
    this.byFirst = new int[129][];
    for (int c = 0; c < byFirst.length; c++) {
      List<Integer> candidates = new ArrayList<>();
      for (int k : prefixes) {
        if (c == 128 || compared[k] == 0 || phrases.get(k).charAt(0) == c) {
          candidates.add(k);
        }
      }
      byFirst[c] = toArray(candidates);
    }
  }

  /** How many characters of the phrase at {@code k} a line is compared with. */
  int compared(int k) {
    return compared[k];
  }

  /**
   * The phrases a line may be: {@code length} its length lower-cased, {@code first} its first
   * character lower-cased (read only for a line longer than every phrase).
   */
  int[] candidates(int length, char first) {
    return length <= longest ? byLength[length] : byFirst[Math.min(first, 128)];
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
