package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Member;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members list right after the President line: "Members: Belgium ........ Mr. Pecsteen de
 * Buytswerve", one member a line, the country and the representative apart by dot leaders, a long
 * country name wrapped over two lines. The names are kept as printed: the list prints the UN short
 * names of its time. The French and Spanish editions print "Membres :" and "Miembros:".
 */
final class MembersField implements HeaderField {
  private static final Pattern MEMBERS =
      Pattern.compile("^(?:Members|Membres|Miembros)[\\s\\u00a0\\u202f]*:\\s*(.*)$");
  private static final Pattern LEADER = Pattern.compile("^(.*?)\\s*(?:\\.\\s?){2,}\\s*(.*)$");

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    if (page.presidentEnd() < 0) {
      return;
    }
    int j = page.nextPrinted(page.presidentEnd() + 1);
    if (j >= page.end()) {
      return;
    }
    Matcher m = MEMBERS.matcher(page.text(j));
    if (!m.matches()) {
      return;
    }
    String first = m.group(1);
    if (first.isBlank()) {
      // "Members:" on a line of its own, the list below it
      j = page.nextPrinted(j + 1);
      first = j < page.end() ? page.text(j) : "";
    }
    if (j < page.end()) {
      readList(page, header, j, first);
    }
  }

  private static void readList(
      HeaderPage page, RecordHeader.Builder header, int start, String first) {
    String pending = "";
    int j = start;
    String line = first;
    while (true) {
      Matcher lm = LEADER.matcher(line);
      if (lm.matches() && !lm.group(2).isBlank()) {
        String country = TextJoin.fold(pending + " " + lm.group(1));
        String who = TextJoin.fold(lm.group(2));
        pending = "";
        if (!country.isEmpty() && !who.isEmpty()) {
          header.member(new Member(country, who));
        }
      } else {
        pending = pending + " " + line;
      }
      j = page.nextPrinted(j + 1);
      if (j >= page.end()) {
        return;
      }
      line = page.text(j);
      boolean leader = LEADER.matcher(line).matches();
      if (AgendaField.isHeading(line) || (!leader && j + 1 >= page.end())) {
        return;
      }
      // a wrapped country name goes on at the next line, which has the leaders
      if (!leader && !LEADER.matcher(page.text(j + 1)).matches()) {
        return;
      }
    }
  }
}
