package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.parser.internal.noise.RecordPageNoise;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One loader for every data table, which says which file and line is wrong. */
class ResourceTableTest {

  @Test
  void aRowWithTheWrongNumberOfColumnsNamesItsFileAndLine() {
    assertThatThrownBy(() -> ResourceTable.read(Nations.class, "two-columns-bad.tsv", 2, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "io/github/undebate/parser/internal/common/two-columns-bad.tsv line 4:"
                + " expected 2 tab-separated columns, found 1");
  }

  @Test
  void aMissingTableIsNamed() {
    assertThatThrownBy(() -> ResourceTable.read(Nations.class, "no-such-table.tsv", 1, 1))
        .hasMessageContaining("internal/common/no-such-table.tsv is missing");
  }

  @Test
  void phrasesAreStrippedCommentsAndBlankLinesSkipped() {
    assertThat(ResourceTable.phrases(Nations.class, "phrases-test.txt"))
        .containsExactly("Read more", "Share this");
    assertThat(ResourceTable.phraseList(Nations.class, "phrases-test.txt").phrases())
        .containsExactly("read more", "share this");
  }

  @Test
  void rowsKnowWhereTheyCameFrom() {
    List<ResourceTable.Row> rows =
        ResourceTable.read(RecordPageNoise.class, "boilerplate.tsv", 2, 2);
    assertThat(rows.get(0).file())
        .isEqualTo("io/github/undebate/parser/internal/noise/boilerplate.tsv");
    assertThat(rows.get(0).cell(0)).isEqualTo("start");
    assertThat(rows.get(0).line()).isGreaterThan(1);
    assertThat(ResourceTable.names("UK|U.K.| Britain ")).containsExactly("UK", "U.K.", "Britain");
    assertThat(ResourceTable.names("-")).isEmpty();
  }
}
