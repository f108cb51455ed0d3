package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.citation.CitationFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The example that lists the resolutions cited in S/PV.8700. */
class ListResolutionsTest {

  @Test
  void listsWhatTheCitationFinderFindsInTheSpeeches() throws Exception {
    List<String> lines = Run.lines(() -> ListResolutions.main(new String[0]));

    Debate debate = DebateParser.create().parse(Samples.verbatimRecord());
    CitationFinder finder = CitationFinder.create();
    Map<String, Integer> expected = new TreeMap<>();
    for (Statement s : debate.statements()) {
      for (Paragraph p : s.paragraphs()) {
        for (Citation c : finder.find(p.text(), debate.body().orElse(null))) {
          if (c.type() == CitationType.RESOLUTION) {
            expected.merge(c.target(), 1, Integer::sum);
          }
        }
      }
    }
    List<String> rows = new ArrayList<>();
    expected.forEach((symbol, times) -> rows.add(symbol + "\t" + times));
    assertThat(lines).containsExactlyElementsOf(rows);
  }

  @Test
  void listsTheResolutionsTheSpeakersCite() throws Exception {
    String output = Run.output(() -> ListResolutions.main(new String[0]));

    // The speakers cite "resolution 2504 (2020)" and "resolution 2165 (2014)" of the Council
    // again and again, and "resolution 46/182" of the General Assembly.
    assertThat(output)
        .containsPattern("(?m)^S/RES/2504 \\(2020\\)\t\\d+$")
        .containsPattern("(?m)^S/RES/2165 \\(2014\\)\t\\d+$")
        .containsPattern("(?m)^A/RES/46/182\t\\d+$");
  }
}
