package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.reliability.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of a General Debate statement delivered in French, Portuguese, Russian or Arabic opens a
 * speaker label, now that labels are read in French and Spanish too: "Monsieur le Président,", "Le
 * thème de cette session : …" and the like are speech. Statements are not verbatim records and
 * print no labels, so every label found here would be a sentence taken for one.
 */
class StatementLinesNoLabelTest {
  /** The folder of the system property {@code statements.dir}, else the test corpus's. */
  private static Path folder() {
    String dir = System.getProperty("statements.dir");
    return dir != null ? Path.of(dir) : Corpus.resources().resolve("corpus/delivered");
  }

  @Test
  void noLineOfAStatementNotInEnglishOpensALabel() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder())) {
      files =
          s.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith("_en.txt"))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    List<String> labels = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        String next = i + 1 < lines.size() ? " " + lines.get(i + 1).strip() : "";
        int at = i + 1;
        SpeakerLabel.read(line + next)
            .ifPresent(l -> labels.add(file.getFileName() + " " + at + ": " + l.raw()));
      }
    }
    assertThat(labels).isEmpty();
  }
}
