package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Building a name index from a table: what is kept once, and which row a clash is blamed on. */
class NameIndexBuilderTest {

  private static NameIndexBuilder<String> builder(List<ResourceTable.Row> rows, int upTo) {
    NameIndexBuilder<String> names = new NameIndexBuilder<>("test table");
    for (ResourceTable.Row row : rows.subList(0, upTo)) {
      names.add(row.cell(0), row.cell(1), row);
    }
    return names;
  }

  @Test
  void aNameThatAlreadyStandsForSomethingElseNamesTheFileAndLine() {
    List<ResourceTable.Row> rows = ResourceTable.read(Nations.class, "names-clash.tsv", 2, 2);
    // "Niger" and "NIGER" stand for the same; "the Niger" has the same key and another value
    NameIndex<String> index = builder(rows, 2).build();
    assertThat(index.lookup("niger")).contains("ne");
    assertThatThrownBy(() -> builder(rows, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "io/github/undebate/parser/internal/common/names-clash.tsv line 4: name \"the Niger\""
                + " already stands for ne in test table");
  }

  @Test
  void aNameWithoutLettersNamesTheFileAndLine() {
    List<ResourceTable.Row> rows = ResourceTable.read(Nations.class, "names-no-letters.tsv", 2, 2);
    assertThatThrownBy(() -> builder(rows, 2))
        .hasMessage(
            "io/github/undebate/parser/internal/common/names-no-letters.tsv line 3: name \"(...)\""
                + " has no letters");
  }

  @Test
  void aNameAddedTwiceIsFoundOnceAndItsCapitalsOnlyFormOnlyInCapitals() {
    List<ResourceTable.Row> rows = ResourceTable.read(Nations.class, "names-clash.tsv", 2, 2);
    NameIndexBuilder<String> names = builder(rows, 2);
    names.add("Niger", "ne", rows.get(0));
    names.add("UK", "gb", rows.get(0));
    NameIndex<String> index = names.build();
    assertThat(index.findAll("Niger and NIGER, not Nigeria"))
        .containsExactly(new NameIndex.Match<>("ne", 0, 5), new NameIndex.Match<>("ne", 10, 15));
    assertThat(index.findAll("the uk and the UK"))
        .containsExactly(new NameIndex.Match<>("gb", 15, 17));
    // the leading "the" of a lookup is dropped as the table's key drops it
    assertThat(index.lookup("The Niger")).contains("ne");
    assertThat(index.lookup("the")).isEmpty();
  }
}
