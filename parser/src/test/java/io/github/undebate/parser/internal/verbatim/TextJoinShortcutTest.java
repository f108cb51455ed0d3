package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        assertThat(TextJoin.joined(longer, count, reused, false)).isEqualTo(expected);
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

  /**
   * The reader's lines are folded ({@link VerbatimReader#prepared}: no two spaces in a row, none at
   * either end), so that joining whole line texts needs no search for two spaces: on every line of
   * the corpora and of generated texts (letter-spaced runs, tabs, no-break and soft hyphens among
   * them), and on the paragraphs that runs of them join to.
   */
  @Test
  void preparedLinesAreFoldedAndJoinToFoldedText() {
    long seed = new Random().nextLong();
    List<String> texts = new ArrayList<>(SampleTexts.corpusFiles().values());
    texts.addAll(SampleTexts.random(seed, 1_000, 60));
    Random random = new Random(seed);
    String[] pieces = {
      "a", " ", "  ", "\t", "\u00A0", "\u00AD", "\u2003", "M r . D e i s s", "\n", "b-"
    };
    for (int i = 0; i < 1_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    StringBuilder buffer = new StringBuilder();
    int lines = 0;
    for (String text : texts) {
      List<String> parts = new ArrayList<>();
      for (Line line : VerbatimReader.prepared(Line.split(text))) {
        String t = line.text();
        // what the join needs of them: no two spaces in a row, none at either end
        assertThat(t)
            .as("seed %d", seed)
            .doesNotContain("  ")
            .doesNotStartWith(" ")
            .doesNotEndWith(" ");
        if (!t.isEmpty()) {
          parts.add(t);
          lines++;
        }
      }
      for (int from = 0; from < parts.size(); from += 5) {
        String[] run = parts.subList(from, Math.min(parts.size(), from + 5)).toArray(new String[0]);
        assertThat(TextJoin.joined(run, run.length, buffer, true))
            .as("seed %d", seed)
            .isEqualTo(TextJoin.joined(run, run.length, buffer, false));
      }
    }
    assertThat(lines).isGreaterThan(50_000);
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
