package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Spacing;
import java.util.regex.Pattern;

/**
 * Repairs letter-spaced text that some PDF extractors make of spaced-out type: "M r . D e i s s"
 * becomes "Mr. Deiss", "( S w i t z e r l a n d )" becomes "(Switzerland)". Words stay apart where
 * the extractor put two or more spaces; runs of three or more single characters separated by single
 * spaces are joined. Whether a line has such a run is {@link Spacing}'s to tell.
 */
final class LetterSpacing {
  /** The fewest single characters in a row that are letter-spaced type. */
  static final int SHORTEST_RUN = 3;

  private static final Pattern WORD_GAP = Pattern.compile("\\s{2,}");

  private LetterSpacing() {}

  /**
   * The line with its letter-spaced runs joined; only for a line that has one ({@link
   * Spacing#longestRun} of at least {@link #SHORTEST_RUN}).
   */
  static String repair(String line) {
    String[] groups = WORD_GAP.split(line.strip());
    StringBuilder out = new StringBuilder();
    for (String group : groups) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(joinRuns(group));
    }
    return out.toString();
  }

  private static String joinRuns(String group) {
    String[] tokens = group.split(" ");
    if (longestRun(tokens) < SHORTEST_RUN) {
      return group;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < tokens.length) {
      int j = i;
      while (j < tokens.length && isOne(tokens[j])) {
        j++;
      }
      if (j - i >= SHORTEST_RUN) {
        if (out.length() > 0) {
          out.append(' ');
        }
        for (int k = i; k < j; k++) {
          out.append(tokens[k]);
        }
        i = j;
      } else {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(tokens[i]);
        i++;
      }
    }
    return out.toString();
  }

  private static int longestRun(String[] tokens) {
    int best = 0;
    int run = 0;
    for (String t : tokens) {
      run = isOne(t) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  private static boolean isOne(String token) {
    return token.codePointCount(0, token.length()) == 1;
  }
}
