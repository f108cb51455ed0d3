package io.github.undebate.parser.internal.verbatim;

import java.util.ArrayList;
import java.util.List;

/**
 * The agenda: the lines after "Agenda" up to the first empty line or page noise, wrapped lines
 * joined into items ({@link Wraps}).
 */
final class AgendaField implements HeaderField {
  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    for (int i = 0; i < page.end(); i++) {
      if (page.text(i).equalsIgnoreCase("Agenda")) {
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
