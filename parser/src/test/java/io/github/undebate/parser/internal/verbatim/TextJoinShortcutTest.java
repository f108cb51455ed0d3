package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A paragraph's lines are joined by {@code String.join} when no line but the last ends in a hyphen
 * ({@link TextJoin#joined}): on runs of consecutive lines of the verbatim records of the test
 * corpus, it gives what appending each line to a buffer ({@link TextJoin#append}) and taking its
 * folded text ({@link TextJoin#ofFolded}) gives.
 */
class TextJoinShortcutTest {
  @Test
  void joiningGivesWhatTheBufferGives() throws IOException {
    List<String> lines = new ArrayList<>(lines());
    // and lines that the fold must repair, or that end in a soft hyphen
    lines.addAll(List.of("two  spaces", "Secur\u00ad", "ity Council", "a\ttab", "end"));
    int plain = 0;
    int hyphenated = 0;
    StringBuilder reused = new StringBuilder();
    for (int count = 1; count <= 6; count++) {
      for (int from = 0; from + count <= lines.size(); from++) {
        String[] parts = lines.subList(from, from + count).toArray(new String[0]);
        StringBuilder buffer = new StringBuilder();
        boolean hyphen = false;
        for (int k = 0; k < count; k++) {
          TextJoin.append(buffer, parts[k]);
          char last = parts[k].charAt(parts[k].length() - 1);
          hyphen |= k + 1 < count && (last == '-' || last == TextJoin.SOFT_HYPHEN);
        }
        String expected = TextJoin.ofFolded(buffer);
        // the array may be longer than the lines joined, as the reader's is
        String[] longer = java.util.Arrays.copyOf(parts, count + 3);
        assertThat(TextJoin.joined(longer, count, reused)).isEqualTo(expected);
        if (hyphen) {
          hyphenated++;
        } else {
          plain++;
        }
      }
    }
    assertThat(plain).isGreaterThan(10_000);
    assertThat(hyphenated).isGreaterThan(1_000);
  }

  /** The non-blank lines of the verbatim records of the test corpus, stripped. */
  private static List<String> lines() throws IOException {
    List<String> out = new ArrayList<>();
    for (String folder : List.of("sc", "pv")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus", folder))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          Files.readString(p)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .forEach(out::add);
        }
      }
    }
    return out;
  }
}
