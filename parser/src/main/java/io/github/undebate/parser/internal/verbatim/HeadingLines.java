package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.NameKey;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts lines printed between turns into headings: an item of the header's agenda is one heading
 * however it wraps; "Agenda item 74" is a heading of its own, and so is the line after it; where
 * blank lines stand between some of the lines, they alone separate headings; else a line of more
 * than two words that does not continue the one before ({@link Wraps}) starts a heading.
 */
final class HeadingLines {
  private static final Pattern AGENDA_ITEM =
      Pattern.compile("^(?:AGENDA ITEM|Agenda item|Agenda Item)\\s+\\d+.*$");

  /** The most lines an agenda item repeated as a heading may take. */
  private static final int MAX_AGENDA_LINES = 12;

  private final List<Line> lines;
  private final Set<String> agendaKeys = new HashSet<>();

  /**
   * Headings of a record's lines.
   *
   * @param agenda the header's agenda items
   */
  HeadingLines(List<Line> lines, List<String> agenda) {
    this.lines = lines;
    for (String item : agenda) {
      agendaKeys.add(NameKey.of(item));
    }
  }

  /** The headings the lines print, in order. */
  Block.Headings read(List<Line> heading) {
    List<Block.Heading> items = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    Line first = null;
    boolean afterAgendaItem = false;
    boolean blankSeparated = false;
    for (int k = 1; k < heading.size(); k++) {
      blankSeparated = blankSeparated || blankBetween(heading.get(k - 1), heading.get(k));
    }
    Line prev = null;
    int k = 0;
    while (k < heading.size()) {
      int agendaEnd = agendaItemEnd(heading, k);
      if (agendaEnd >= 0) {
        if (cur.length() > 0) {
          items.add(new Block.Heading(cur.toString(), first));
          cur.setLength(0);
        }
        StringBuilder item = new StringBuilder();
        for (int m = k; m <= agendaEnd; m++) {
          TextJoin.append(item, heading.get(m).text());
        }
        items.add(new Block.Heading(item.toString(), heading.get(k)));
        prev = heading.get(agendaEnd);
        afterAgendaItem = false;
        k = agendaEnd + 1;
        continue;
      }
      Line line = heading.get(k);
      String text = line.text();
      boolean agendaItem = AGENDA_ITEM.matcher(text).matches();
      boolean split =
          blankSeparated
              ? prev != null && blankBetween(prev, line)
              : !Wraps.continues(cur, text) && WordCount.of(text) > 2;
      prev = line;
      if (cur.length() > 0 && (agendaItem || afterAgendaItem || split)) {
        items.add(new Block.Heading(cur.toString(), first));
        cur.setLength(0);
      }
      if (cur.length() == 0) {
        first = line;
      }
      TextJoin.append(cur, text);
      afterAgendaItem = agendaItem;
      k++;
    }
    if (cur.length() > 0) {
      items.add(new Block.Heading(cur.toString(), first));
    }
    return new Block.Headings(items);
  }

  /** The last index of the lines from {@code k} that together print a header agenda item, or -1. */
  private int agendaItemEnd(List<Line> heading, int k) {
    if (agendaKeys.isEmpty()) {
      return -1;
    }
    StringBuilder joined = new StringBuilder();
    int found = -1;
    for (int m = k; m < heading.size() && m < k + MAX_AGENDA_LINES; m++) {
      TextJoin.append(joined, heading.get(m).text());
      if (agendaKeys.contains(NameKey.of(joined.toString()))) {
        found = m;
      }
    }
    return found;
  }

  /** Whether an empty line that is no page break (nor page noise) stands between two lines. */
  private boolean blankBetween(Line a, Line b) {
    for (int j = a.number(); j < b.number() - 1; j++) {
      Line between = lines.get(j);
      if (!between.isNoise() && between.isEmpty() && !between.pageBreak()) {
        return true;
      }
    }
    return false;
  }
}
