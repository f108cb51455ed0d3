package io.github.undebate.parser.internal.noise;

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
 * The cues of {@code page-noise.tsv} are in every line of the verbatim records of the test corpus
 * that their pattern matches: a wrong cue would hide page noise.
 */
class PageNoiseCuesTest {
  static Stream<Path> records() throws IOException {
    Path corpus = Path.of("src/test/resources/corpus");
    return Stream.concat(Files.list(corpus.resolve("sc")), Files.list(corpus.resolve("pv")))
        .filter(p -> p.toString().endsWith(".txt"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyLineAPatternMatchesHoldsOneOfItsCues(Path record) throws IOException {
    List<ResourceTable.Row> rows =
        ResourceTable.read(RecordPageNoise.class, "page-noise.tsv", 4, 4);
    List<Line> lines = Line.split(Files.readString(record));
    for (ResourceTable.Row row : rows) {
      Pattern pattern = Pattern.compile(row.cell(2));
      List<String> cues = ResourceTable.names(row.cell(3));
      for (Line line : lines) {
        if (!cues.isEmpty() && pattern.matcher(line.text()).matches()) {
          assertThat(cues)
              .as("line %d of %s matches %s", line.number(), record, row.cell(2))
              .anyMatch(line.text()::contains);
        }
      }
    }
  }
}
