package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.parser.DebateParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick-start snippet, run on the verbatim record the examples ship. */
class QuickStartTest {
  private static final Path RECORD =
      Path.of("src/main/resources/io/github/undebate/examples/S_PV.8700_E.txt");

  @Test
  void listsTheSpeakersThenPrintsTheJson() throws Exception {
    List<String> lines = Run.lines(() -> QuickStart.main(new String[] {RECORD.toString()}));

    Debate debate = DebateParser.create().parse(RECORD);
    assertThat(debate.speakers()).as("S/PV.8700 has speakers").isNotEmpty();
    for (int i = 0; i < debate.speakers().size(); i++) {
      assertThat(lines.get(i))
          .as("line %d names speaker %d and his label", i, i)
          .endsWith(debate.speakers().get(i).raw());
    }
    assertThat(lines.get(debate.speakers().size())).isEqualTo("{");
    String json = String.join("\n", lines.subList(debate.speakers().size(), lines.size()));
    assertThat(DebateJson.create().read(json)).as("the JSON printed reads back").isEqualTo(debate);
  }
}
