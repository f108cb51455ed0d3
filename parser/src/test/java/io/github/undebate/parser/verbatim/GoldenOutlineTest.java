package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each corpus record's parse, rendered by {@link Outline#compact}, equals its golden file under
 * {@code src/test/resources/verbatim/golden/}. The golden files were read by hand against the raw
 * text (header fields, every label, note, heading and vote). After a deliberate change, rewrite
 * them with {@code -Dverbatim.golden.write=true}, then read the diff.
 */
class GoldenOutlineTest {
  private static final Path GOLDEN = Path.of("src/test/resources/verbatim/golden");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sc/S_PV.8698_E.txt",
        "sc/S_PV.8699_E.txt",
        "sc/S_PV.8700_E.txt",
        "sc/S_PV.8701_E.txt",
        "pv/A_48_PV_document_46.txt",
        "pv/A_61_PV_document_107.txt",
        "pv/A_65_PV_document_71.txt",
        "pv/S_PV_1997_document_3756.txt"
      })
  void parseMatchesTheReviewedOutline(String file) throws IOException {
    String outline = Outline.compact(Records.parsed(file));
    String name = Path.of(file).getFileName().toString().replaceFirst("\\.txt$", ".outline.txt");
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("verbatim.golden.write")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, outline, StandardCharsets.UTF_8);
    }
    assertThat(outline)
        .as("outline of %s (golden file %s)", file, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
