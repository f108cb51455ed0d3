package io.github.undebate.benchmarks;

import java.util.Iterator;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor any parser of plain text pays: one pass that only reads the text line by line and
 * lower-cases each line. Parsing benchmarks report their time as a multiple of it.
 */
final class TextFloor {
  private TextFloor() {}

  /** Reads the text's lines and lower-cases each, handing the lines to the blackhole. */
  static void pass(String text, Blackhole blackhole) {
    for (Iterator<String> lines = text.lines().iterator(); lines.hasNext(); ) {
      blackhole.consume(lines.next().toLowerCase(Locale.ROOT));
    }
  }
}
