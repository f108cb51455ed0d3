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
  void linesEndAsBufferedReaderEndsThemAndAByteOrderMarkIsSkipped() {
    // line-ends.tsv: a byte order mark, then \r\n, \r\n, \r\n, \r and \n line ends
    List<ResourceTable.Row> rows = ResourceTable.read(Nations.class, "line-ends.tsv", 2, 2);
    assertThat(rows).extracting(ResourceTable.Row::line).containsExactly(2, 4, 5);
    assertThat(rows).extracting(r -> r.cell(0)).containsExactly("one", "two", "three");
    assertThat(rows.get(2).cells()).containsExactly("three", "3");
    assertThatThrownBy(() -> ResourceTable.read(Nations.class, "line-ends-bad.tsv", 2, 2))
        .hasMessage(
            "io/github/undebate/parser/internal/common/line-ends-bad.tsv line 6:"
                + " expected 2 tab-separated columns, found 1");
  }

  @Test
  void codesAreCheckedWithoutARegularExpression() {
    assertThat(ResourceTable.isCode("fr", true, 2, 2)).isTrue();
    assertThat(ResourceTable.isCode("ast", true, 2, 3)).isTrue();
    assertThat(ResourceTable.isCode("FRA", false, 3, 3)).isTrue();
    assertThat(ResourceTable.isCode("Fr", true, 2, 2)).isFalse();
    assertThat(ResourceTable.isCode("fr", false, 2, 2)).isFalse();
    assertThat(ResourceTable.isCode("fra", true, 2, 2)).isFalse();
    assertThat(ResourceTable.isCode("f", true, 2, 3)).isFalse();
    assertThat(ResourceTable.isCode("f1", true, 2, 2)).isFalse();
    assertThat(ResourceTable.isCode("{}", true, 2, 2)).isFalse();
    assertThat(ResourceTable.isCode("é", true, 1, 1)).isFalse();
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
