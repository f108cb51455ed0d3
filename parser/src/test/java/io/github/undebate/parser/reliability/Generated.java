package io.github.undebate.parser.reliability;

import java.util.List;
import java.util.Random;

/**
 * Records put together from real corpus lines in random order, with the shapes that trip readers
 * added: blank runs, speaker-like labels, page headers, lines cut at odd places.
 */
final class Generated {
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

  private Generated() {}

  /** A record of about {@code size} lines. */
  static String record(List<String> lines, Random random, int size) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      int roll = random.nextInt(20);
      if (roll == 0) {
        sb.append('\n');
      } else if (roll == 1) {
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
