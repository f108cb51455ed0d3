package io.github.undebate.parser.internal.verbatim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a wrapped agenda item or heading goes on at the next line: a line that opens in lower case
 * or with a parenthesis (not a list letter such as "(a) "), or a line after one that ends with a
 * function word, an ordinal ("COMMEMORATION OF THE FIFTIETH" / "ANNIVERSARY OF ..."), a comma, a
 * hyphen or a colon, or a line that opens with a function word no title opens with ("OF 30 OCTOBER
 * 1943", as headings in capitals print it).
 */
final class Wraps {
  private static final Pattern JOIN_END =
      Pattern.compile(
          "(?:\\b(?:the|of|to|and|from|on|in|for|by|at|with|a|an|addressed|concerning|entitled"
              + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
              + "|\\w+teenth|\\w*(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth)"
              + "|[,\\-:])$",
          Pattern.CASE_INSENSITIVE);

  /** A line that opens with a word no title opens with: "OF 30 OCTOBER 1943" in capitals. */
  private static final Pattern JOIN_START =
      Pattern.compile("^(?:of|and|to|for|by|at|with)\\s", Pattern.CASE_INSENSITIVE);

  /** More than the longest ending {@link #JOIN_END} matches ("seventeenth", "concerning"). */
  private static final int JOIN_END_REACH = 24;

  private static final Pattern LIST_LETTER = Pattern.compile("^\\([a-z]{1,4}\\)\\s.*");

  private Wraps() {}

  /** Whether {@code line} goes on the text before it. */
  static boolean continues(CharSequence before, String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    if (Character.isLowerCase(c)) {
      return true;
    }
    if (c == '(' && !LIST_LETTER.matcher(line).matches()) {
      return true;
    }
    // only the end can match: searching all of a growing heading made a long one quadratic
    int from = Math.max(0, before.length() - JOIN_END_REACH);
    return JOIN_END.matcher(before).region(from, before.length()).useTransparentBounds(true).find()
        || JOIN_START.matcher(line).lookingAt();
  }

  /** The lines joined into items, each wrap joined to the line before it. */
  static List<String> join(List<String> lines) {
    List<String> items = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : lines) {
      if (cur.length() > 0 && !continues(cur, line)) {
        items.add(cur.toString());
        cur.setLength(0);
      }
      TextJoin.append(cur, line);
    }
    if (cur.length() > 0) {
      items.add(cur.toString());
    }
    return items;
  }
}
