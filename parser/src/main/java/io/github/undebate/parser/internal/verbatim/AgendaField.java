package io.github.undebate.parser.internal.verbatim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agenda: the lines after "Agenda" up to the first empty line or page noise, wrapped lines
 * joined into items ({@link Wraps}); "Ordre du jour" and "Orden del día" in the French and Spanish
 * editions.
 */
final class AgendaField implements HeaderField {
  private static final Set<String> HEADINGS = Set.of("agenda", "ordre du jour", "orden del día");

  /** Whether the line is the agenda's heading. */
  static boolean isHeading(String line) {
    return HEADINGS.contains(line.toLowerCase(Locale.ROOT));
  }

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    for (int i = 0; i < page.end(); i++) {
      if (isHeading(page.text(i))) {
        Wraps.join(itemLines(page, i + 1)).forEach(header::agendaItem);
        return;
      }
    }
  }

  private static List<String> itemLines(HeaderPage page, int from) {
    List<String> lines = new ArrayList<>();
    for (int j = from; j < page.end(); j++) {
      if (page.lines().get(j).isNoise()) {
        break;
      }
      String line = page.text(j);
      if (line.isEmpty()) {
        if (!lines.isEmpty()) {
          break;
        }
        continue;
      }
      lines.add(line);
    }
    return lines;
  }
}
