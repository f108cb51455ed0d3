package io.github.undebate.parser.reliability;

import java.util.List;
import java.util.Random;

/**
 * Records put together from real corpus lines in random order, with the shapes that trip readers
 * added: blank runs, speaker-like labels, page headers, lines cut at odd places.
 */
public final class Generated {
  private static final String[] SHAPES = {
    "The President: ",
    "Mr. Nebenzia (Russian Federation) (spoke in Russian): ",
    "S/PV.8700 2/3",
    "20-01234 7/24",
    "The meeting rose at 1.05 p.m.",
    "In favour:",
    "Agenda item 9",
    "---",
    "(spoke in French)",
    "* * *",
  };

  /**
   * What an attacker or a broken scrape puts inside a line (issue 18): language and stage notes,
   * labels and page furniture run into the text, a stray markup sign, odd spaces and a form feed.
   */
  private static final String[] INSIDE = {
    " (spoke in French) ",
    "(spoke in Arabic)",
    " (interpretation from Spanish)",
    " (Applause) ",
    "(spoke in ",
    "The President: ",
    " S/PV.8700 2/3 ",
    " <or ",
    "<b>",
    "&amp;",
    "\u00A0",
    "\f",
    "\t",
    "-",
    ":",
    " (France) ",
  };

  private Generated() {}

  /**
   * A record of about {@code size} lines as {@link #record} makes it, verbatim-shaped or not, then
   * with a fragment from {@link #INSIDE} put into about one line in four, at a random place (inside
   * a word, too).
   */
  public static String hostile(List<String> lines, Random random, int size, boolean shapes) {
    String[] record = record(lines, random, size, shapes).split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (String line : record) {
      if (random.nextInt(4) == 0) {
        int at = random.nextInt(line.length() + 1);
        line = line.substring(0, at) + INSIDE[random.nextInt(INSIDE.length)] + line.substring(at);
      }
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /**
   * A record of about {@code size} lines; {@code shapes} adds labels, page headers and vote lines
   * that make readers take it for a verbatim record.
   */
  public static String record(List<String> lines, Random random, int size, boolean shapes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      int roll = random.nextInt(20);
      if (roll == 0) {
        sb.append('\n');
      } else if (roll == 1 && shapes) {
        sb.append(SHAPES[random.nextInt(SHAPES.length)]);
      } else if (roll == 2) {
        String line = lines.get(random.nextInt(lines.size()));
        sb.append(line, 0, random.nextInt(line.length() + 1)).append('\n');
        continue;
      }
      sb.append(lines.get(random.nextInt(lines.size()))).append('\n');
    }
    return sb.toString();
  }
}
