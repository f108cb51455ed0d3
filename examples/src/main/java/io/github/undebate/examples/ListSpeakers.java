package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Turn;
import io.github.undebate.parser.DebateParser;

/**
 * Parses a Security Council verbatim record (S/PV.8700) and lists every statement in order: who
 * spoke, for which country, in what language, and for how many words.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.undebate.examples.ListSpeakers
 * </pre>
 */
public final class ListSpeakers {
  private ListSpeakers() {}

  /** Runs the example; it takes no arguments. */
  public static void main(String[] args) {
    Debate debate = DebateParser.create().parse(Samples.verbatimRecord());

    System.out.println(
        debate.symbol().orElse("(no symbol)")
            + ", "
            + debate.date().map(Object::toString).orElse("(no date)"));
    for (Turn turn : debate.turns()) {
      Speaker speaker = turn.speaker();
      int words = 0;
      for (Paragraph paragraph : turn.paragraphs()) {
        words += paragraph.text().split("\\s+").length;
      }
      // The record states a language only where the speaker did not speak English.
      String language = turn.language().orElse("en");
      System.out.printf(
          "%-30s %-30s %s %6d words%n",
          speaker.name().orElse(speaker.raw()),
          speaker.country().or(speaker::organization).orElse("-"),
          language,
          words);
    }
  }
}
