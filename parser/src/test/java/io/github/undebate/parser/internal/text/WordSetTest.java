package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The word set keeps its words' characters in one pool rather than as Strings: on every text of the
 * test corpus (Latin, Cyrillic, Arabic and Chinese script among them) it holds what a {@link
 * HashSet} of the same words holds, and nothing else.
 */
class WordSetTest {
  @Test
  void holdsWhatAHashSetOfTheSameWordsHolds() throws IOException {
    int texts = 0;
    int wide = 0;
    for (String text : corpus()) {
      texts++;
      // sized for few words, as it grows, and for about as many as the text has
      WordSet words = texts % 2 == 0 ? new WordSet() : new WordSet(text.length() / 32);
      Set<String> expected = new HashSet<>();
      WordBuffer buffer = new WordBuffer();
      String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}-]+");
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[i];
        if (i % 2 == 0) {
          buffer.set(t);
          words.add(buffer);
        } else {
          words.add(t);
        }
        expected.add(t);
        wide += t.chars().anyMatch(c -> c > 0xFF) ? 1 : 0;
      }
      assertThat(words.size()).isEqualTo(expected.size());
      for (String t : tokens) {
        assertThat(words.contains(t)).isTrue();
        for (String other : List.of(t + "s", t.toUpperCase(Locale.ROOT), t + "\u0101", "x" + t)) {
          assertThat(words.contains(other)).as(other).isEqualTo(expected.contains(other));
        }
        if (t.length() > 1) {
          String shorter = t.substring(1);
          assertThat(words.contains(shorter)).as(shorter).isEqualTo(expected.contains(shorter));
        }
      }
    }
    assertThat(texts).isGreaterThan(20);
    assertThat(wide).isGreaterThan(1000);
  }

  private static List<String> corpus() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      List<Path> paths = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      List<String> out = new java.util.ArrayList<>();
      for (Path p : paths) {
        out.add(Files.readString(p));
      }
      return out;
    }
  }
}
