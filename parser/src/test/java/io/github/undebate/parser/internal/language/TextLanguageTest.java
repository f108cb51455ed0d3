package io.github.undebate.parser.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

  /** OCR run on the wrong script: short words of random letters, capitals in mid-word. */
  private static List<String> garbage(Random random, int lines) {
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ5";
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      StringBuilder line = new StringBuilder();
      for (int w = 2 + random.nextInt(8); w > 0; w--) {
        for (int k = 1 + random.nextInt(7); k > 0; k--) {
          line.append(letters.charAt(random.nextInt(letters.length())));
        }
        line.append(' ');
      }
      out.add(line.toString().strip());
    }
    return out;
  }

  @Test
  void stoppingEarlyGivesTheAnswerOfTheFullCount() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<List<String>> cases = new ArrayList<>();
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/corpus")),
            Files.walk(Path.of("src/test/resources/seed")))) {
      for (Path file : files.filter(p -> p.toString().matches(".*\\.(txt|md)")).toList()) {
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n"));
        cases.add(lines);
        // prose after garbage, garbage after prose, and garbage with a little prose in it
        List<String> before = new ArrayList<>(garbage(random, 1 + random.nextInt(400)));
        before.addAll(lines);
        cases.add(before);
        List<String> after = new ArrayList<>(lines);
        after.addAll(garbage(random, 1 + random.nextInt(4_000)));
        cases.add(after);
        List<String> mostlyGarbage = new ArrayList<>(garbage(random, 3_000));
        mostlyGarbage.addAll(lines.subList(0, Math.min(lines.size(), 5 + random.nextInt(20))));
        cases.add(mostlyGarbage);
      }
    }
    int unreadable = 0;
    for (int i = 0; i < cases.size(); i++) {
      boolean full = TextLanguage.unreadable(cases.get(i), false);
      assertThat(TextLanguage.unreadable(cases.get(i), true))
          .as("seed %d, case %d", seed, i)
          .isEqualTo(full);
      unreadable += full ? 1 : 0;
    }
    // both answers occur, so the comparison means something
    assertThat(unreadable).as("seed %d", seed).isBetween(1, cases.size() - 1);
  }
}
