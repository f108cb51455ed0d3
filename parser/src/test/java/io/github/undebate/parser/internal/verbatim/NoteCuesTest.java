package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cues of {@code notes.tsv} are in every note of the verbatim records of the test corpus that
 * their pattern matches (lines joined as the reader joins them): a wrong cue would hide notes.
 */
class NoteCuesTest {
  static Stream<Path> records() throws IOException {
    Path corpus = Path.of("src/test/resources/corpus");
    return Stream.concat(Files.list(corpus.resolve("sc")), Files.list(corpus.resolve("pv")))
        .filter(p -> p.toString().endsWith(".txt"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyNoteAPatternMatchesHoldsOneOfItsCues(Path record) throws IOException {
    List<ResourceTable.Row> rows = ResourceTable.read(ProceduralNotes.class, "notes.tsv", 3, 3);
    List<Pattern> patterns = rows.stream().map(r -> Pattern.compile(r.cell(1))).toList();
    List<Line> lines = VerbatimReader.prepared(Line.split(Files.readString(record)));
    int matched = 0;
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder joined = new StringBuilder();
      for (int k = 0; k < ProceduralNotes.MAX_LINES && i + k < lines.size(); k++) {
        Line line = lines.get(i + k);
        if (line.isNoise() || line.isEmpty()) {
          break;
        }
        TextJoin.append(joined, line.text());
        for (int r = 0; r < rows.size(); r++) {
          if (patterns.get(r).matcher(joined).matches()) {
            matched++;
            assertThat(ResourceTable.names(rows.get(r).cell(2)))
                .as(
                    "the note at line %d of %s matches %s",
                    line.number(), record, rows.get(r).cell(1))
                .anyMatch(cue -> joined.indexOf(cue) >= 0);
          }
        }
      }
    }
    assertThat(matched).as("notes in %s", record).isPositive();
  }
}
