package io.github.undebate.parser.internal.pdf;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Removals;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Line-end hyphens that are breaks, joined: a soft hyphen (U+00AD) is the PDF saying so; a hard
 * hyphen between letters is a break only when the document's own words spell the word whole and
 * never with the hyphen ("govern-" + "ment" where "government" stands elsewhere), so compounds
 * ("well-known", "seventy-seventh", "co-penholders") keep theirs. The removed hyphen is reported.
 */
final class Hyphens {
  private static final char SOFT = '\u00AD';

  private Hyphens() {}

  /** Joins, in place, each line that ends in a break with the first word of the next line. */
  static void join(List<String> lines, List<Diagnostic> diagnostics) {
    Set<String> words = null;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      int n = line.length();
      if (n < 2 || !(line.charAt(n - 1) == '-' || line.charAt(n - 1) == SOFT)) {
        continue;
      }
      String next = lines.get(i + 1);
      if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
        continue;
      }
      boolean soft = line.charAt(n - 1) == SOFT;
      if (!soft && !Character.isLetter(line.charAt(n - 2))) {
        continue;
      }
      int space = next.indexOf(' ');
      String head = space < 0 ? next : next.substring(0, space);
      String rest = space < 0 ? "" : next.substring(space + 1);
      if (!soft) {
        if (words == null) {
          words = PdfLayout.words(lines);
        }
        int start = line.lastIndexOf(' ') + 1;
        String prefix = line.substring(start, n - 1);
        String whole = PdfLayout.trimPunctuation(prefix + head).toLowerCase(Locale.ROOT);
        String hyphenated = PdfLayout.trimPunctuation(prefix + "-" + head).toLowerCase(Locale.ROOT);
        if (!words.contains(whole) || words.contains(hyphenated)) {
          continue;
        }
      }
      diagnostics.add(Removals.removed("line_end_hyphen", i + 1, line.substring(n - 1)));
      lines.set(i, line.substring(0, n - 1) + head);
      lines.set(i + 1, rest);
    }
  }
}
