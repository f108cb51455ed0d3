package io.github.undebate.examples;

import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses a Security Council verbatim record (S/PV.8700) and lists every resolution its speakers
 * cite, by symbol, with how often each is cited.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.undebate.examples.ListResolutions
 * </pre>
 */
public final class ListResolutions {
  private ListResolutions() {}

  /** Runs the example; it takes no arguments. */
  public static void main(String[] args) {
    Debate debate = DebateParser.create().parse(Samples.verbatimRecord());

    Map<String, Integer> resolutions = new TreeMap<>();
    for (Statement statement : debate.statements()) {
      for (Paragraph paragraph : statement.paragraphs()) {
        for (Citation citation : paragraph.citations()) {
          if (citation.type() == CitationType.RESOLUTION) {
            // The target is the normalised symbol: "resolution 2504 (2020)" -> S/RES/2504 (2020).
            resolutions.merge(citation.target(), 1, Integer::sum);
          }
        }
      }
    }
    resolutions.forEach((symbol, times) -> System.out.println(symbol + "\t" + times));
  }
}
