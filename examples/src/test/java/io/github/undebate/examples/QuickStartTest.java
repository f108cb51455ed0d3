package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Turn;
import io.github.undebate.core.Vote;
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
  void listsEachTurnAndVoteThenPrintsTheJson() throws Exception {
    List<String> lines = Run.lines(() -> QuickStart.main(new String[] {RECORD.toString()}));

    Debate debate = DebateParser.create().parse(RECORD);
    List<Turn> turns = debate.turns();
    List<Vote> votes = debate.proceedings().stream().flatMap(p -> p.asVote().stream()).toList();
    assertThat(turns).as("S/PV.8700 has statements").hasSizeGreaterThan(10);
    assertThat(votes).as("and votes").isNotEmpty();
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      Speaker s = turn.speaker();
      assertThat(lines.get(i))
          .as("line %d names the speaker of statement %d and counts its paragraphs", i, i)
          .isEqualTo(
              s.name().orElse(s.raw())
                  + ", "
                  + s.country().or(s::organization).orElse("-")
                  + ": "
                  + turn.paragraphs().size()
                  + " paragraphs");
    }
    assertThat(lines.subList(turns.size(), turns.size() + votes.size()))
        .as("then one line per vote: the draft voted on and the outcome")
        .isEqualTo(votes.stream().map(v -> v.draft().orElse("?") + " " + v.outcome()).toList());
    int json = turns.size() + votes.size();
    assertThat(lines.get(json)).isEqualTo("{");
    assertThat(DebateJson.create().read(String.join("\n", lines.subList(json, lines.size()))))
        .as("the JSON printed reads back")
        .isEqualTo(debate);
  }
}
