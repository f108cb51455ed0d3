package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
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

    for (Statement statement : debate.statements()) {
      Speaker speaker = debate.speaker(statement.speakerId()).orElseThrow();
      String name = speaker.name().orElse("(not named)");
      String country = speaker.country().or(speaker::organization).orElse("-");
      System.out.println("Speaker: " + name + ", " + country);
      int n = 1;
      for (Paragraph paragraph : statement.paragraphs()) {
        System.out.println(n++ + ". [" + paragraph.kind() + "] " + paragraph.text());
      }
    }
  }
}
