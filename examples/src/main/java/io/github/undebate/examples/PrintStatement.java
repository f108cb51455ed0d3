package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Turn;
import io.github.undebate.parser.DebateParser;

/**
 * Parses the sample statement (a mission's web page, site chrome and all) and prints who speaks and
 * each paragraph, numbered, with its kind: salutation, body, closing or quote.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.undebate.examples.PrintStatement
 * </pre>
 */
public final class PrintStatement {
  private PrintStatement() {}

  /** Runs the example; it takes no arguments. */
  public static void main(String[] args) {
    Debate debate = DebateParser.create().parse(Samples.belarusStatement());

    for (Turn turn : debate.turns()) { // each statement with its speaker
      Speaker speaker = turn.speaker();
      String name = speaker.name().orElse("(not named)");
      String country = speaker.country().or(speaker::organization).orElse("-");
      System.out.println("Speaker: " + name + ", " + country);
      int n = 1;
      for (Paragraph paragraph : turn.paragraphs()) {
        System.out.println(n++ + ". [" + paragraph.kind() + "] " + paragraph.text());
      }
    }
  }
}
