package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.formats.DebateTables.Column;
import io.github.undebate.formats.DebateTables.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/tables.md lists every table's columns in order, with their types, as the code writes them.
 */
class TablesDocTest {
  private static final Path DOC = Path.of("../docs/tables.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([a-z]+) \\|");
  private static final String RECORD = "record";

  @Test
  void theDocumentedColumnsAreTheWrittenOnes() throws IOException {
    Map<String, List<String>> documented = new LinkedHashMap<>();
    String section = null;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("## ")) {
        section =
            line.contains("every table") ? RECORD : line.replaceAll("^## `([a-z]+)`.*$", "$1");
        continue;
      }
      Matcher m = ROW.matcher(line);
      if (m.find() && section != null) {
        documented
            .computeIfAbsent(section, k -> new ArrayList<>())
            .add(m.group(1) + " " + m.group(2));
      }
    }
    for (Table table : Table.values()) {
      List<String> doc = new ArrayList<>(documented.getOrDefault(RECORD, List.of()));
      doc.addAll(documented.getOrDefault(table.fileName(), List.of()));
      List<String> code = new ArrayList<>();
      for (Column c : table.columns()) {
        code.add(c.name() + " " + c.type().name().toLowerCase(java.util.Locale.ROOT));
      }
      assertThat(doc).as("docs/tables.md, " + table.fileName()).isEqualTo(code);
    }
  }
}
