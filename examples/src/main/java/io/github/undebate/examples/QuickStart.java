package io.github.undebate.examples;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Turn;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The README's first snippet: parse a file, list each statement with its speaker and each vote,
 * print the JSON. Run it with the path of a record, e.g. {@code
 * examples/src/main/resources/io/github/undebate/examples/S_PV.8700_E.txt}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args the path of the record to parse
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Debate debate = DebateParser.create().parse(Path.of(args[0]));
    for (Turn turn : debate.turns()) { // each statement with its speaker, resolved
      Speaker s = turn.speaker();
      String who = s.name().orElse(s.raw()) + ", " + s.country().or(s::organization).orElse("-");
      System.out.println(who + ": " + turn.paragraphs().size() + " paragraphs");
    }
    for (Proceeding p : debate.proceedings()) { // or p.accept(visitor): one method per kind
      p.asVote().ifPresent(v -> System.out.println(v.draft().orElse("?") + " " + v.outcome()));
    }
    String json = DebateJson.create().write(debate);
    System.out.println(json);
  }
}
