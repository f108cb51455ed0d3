package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who presides: the first "President:" (or "Chairman:") line, dot leaders dropped, the country in
 * parentheses also when it wrapped to the next line ("President: Mr. Dang ........ (Viet Nam)").
 * Two officers who share the Chair stand apart with a slash. The French and Spanish editions print
 * "Président : M. Dang ... (Viet Nam)", "Presidente: Sr. Dang ... (Viet Nam)".
 */
final class PresidentField implements HeaderField {
  private static final Pattern PRESIDENT =
      Pattern.compile(
          "^(?:The\\s+)?(?:President|Chairman|Chair|Chairperson"
              + "|Présidente?|Presidente|Presidenta)[\\s\\u00a0\\u202f]*:\\s*(.*)$");
  private static final Pattern DOT_LEADER = Pattern.compile("(?:\\.\\s?){2,}");
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    for (int i = 0; i < page.end(); i++) {
      Matcher p = PRESIDENT.matcher(page.text(i));
      if (p.matches()) {
        read(page, header, i, p.group(1));
        return;
      }
    }
  }

  private static void read(HeaderPage page, RecordHeader.Builder header, int line, String after) {
    String rest = DOT_LEADER.matcher(after).replaceAll(" ").strip();
    int next = line + 1;
    while (next < page.end() && page.text(next).isEmpty()) {
      next++;
    }
    int last = line;
    if (rest.indexOf('(') < 0 && next < page.end() && page.text(next).startsWith("(")) {
      // the country wrapped to a line of its own
      rest = rest + " " + page.text(next);
      last = next;
    }
    rest = Whitespace.fold(rest);
    int open = rest.lastIndexOf('(');
    String names = open >= 0 ? rest.substring(0, open).strip() : rest;
    Optional<String> country =
        open >= 0 && rest.endsWith(")")
            ? Optional.of(rest.substring(open + 1, rest.length() - 1).strip())
            : Optional.empty();
    List<String> officers = new ArrayList<>();
    for (String name : SLASH.split(names)) {
      if (!name.isBlank()) {
        officers.add(name.strip());
      }
    }
    if (!officers.isEmpty()) {
      header.presiding(new RecordHeader.Presiding(officers, country, rest));
    }
    page.presidentEnd(last);
  }
}
