package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.DebateParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example that prints the sample statement's speaker and paragraphs. */
class PrintStatementTest {

  @Test
  void printsTheSpeakerAndEveryParagraphInOrder() throws Exception {
    List<String> lines = Run.lines(() -> PrintStatement.main(new String[0]));

    Debate debate = DebateParser.create().parse(Samples.belarusStatement());
    List<String> expected = new ArrayList<>();
    for (Statement s : debate.statements()) {
      expected.add("Speaker: ");
      int n = 1;
      for (Paragraph p : s.paragraphs()) {
        expected.add(n++ + ". [" + p.kind() + "] " + p.text());
      }
    }
    assertThat(lines).as("a speaker line, then each paragraph numbered").hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith(expected.get(i));
    }
  }

  @Test
  void theStatementsWordsAreThere() throws Exception {
    String output = Run.output(() -> PrintStatement.main(new String[0]));

    assertThat(output)
        .as("the body of Belarus's statement, whatever the parser makes of the chrome")
        .contains(
            "Belarus favors developing practical cooperation between the CSTO and the relevant UN"
                + " structures")
        .contains("enshrined in Article 51 of the UN Charter");
  }
}
