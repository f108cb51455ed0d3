package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.noise.NoiseKind;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The labels a reader of the lines finds, which reads each line's colons once, stay what a fresh
 * reader finds after page noise was marked in the lines it reads (as the record's titles are marked
 * after the body's first label was looked for).
 */
class LabelLinesColonsTest {
  @Test
  void labelsFoundAfterNoiseIsMarkedAreAFreshReadersLabels() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    int labels = 0;
    for (String text : SampleTexts.corpusFiles().values()) {
      List<Line> lines = new ArrayList<>(VerbatimReader.prepared(Line.split(text)));
      LabelLines reader = new LabelLines(lines);
      for (int i = 0; i < Math.min(lines.size(), 40); i++) {
        reader.at(i);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (random.nextInt(10) == 0) {
          lines.set(i, lines.get(i).withNoise(NoiseKind.RUNNING_HEAD));
        }
      }
      LabelLines fresh = new LabelLines(lines);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(reader.at(i)).as("seed %d, line %d", seed, i + 1).isEqualTo(fresh.at(i));
        labels += fresh.at(i).isPresent() ? 1 : 0;
      }
    }
    assertThat(labels).isGreaterThan(100);
  }
}
