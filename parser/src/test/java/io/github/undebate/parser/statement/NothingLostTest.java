package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word of the input is in a paragraph or in a diagnostic: cleaning removes nothing silently.
 * Words are counted, so a line dropped without a diagnostic shows up as missing words. Words that
 * line-end hyphens split ("commit-" / "ment") are the only ones allowed to go, as they come back
 * joined.
 */
class NothingLostTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

  static Stream<String> files() throws IOException {
    Path root = Path.of("src/test/resources/corpus");
    try (Stream<Path> all =
        Stream.of("ga", "delivered", "website").flatMap(d -> list(root.resolve(d)))) {
      return all.map(p -> root.relativize(p).toString()).sorted().toList().stream();
    }
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m =
        WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyWordIsInAParagraphOrADiagnostic(String file) throws IOException {
    String input =
        Files.readString(
            Path.of("src/test/resources/corpus").resolve(file), StandardCharsets.UTF_8);
    Debate d = Corpus.parse(file);
    StringBuilder kept = new StringBuilder(Corpus.allText(d));
    for (Diagnostic x : d.diagnostics()) {
      kept.append('\n').append(x.excerpt());
    }
    Map<String, Integer> in = words(input);
    Map<String, Integer> out = words(kept.toString());
    int total = 0;
    int missing = 0;
    StringBuilder examples = new StringBuilder();
    for (Map.Entry<String, Integer> e : in.entrySet()) {
      total += e.getValue();
      int lost = e.getValue() - out.getOrDefault(e.getKey(), 0);
      if (lost > 0) {
        missing += lost;
        if (examples.length() < 300) {
          examples.append(e.getKey()).append(' ');
        }
      }
    }
    assertThat(missing)
        .as("words of %s in no paragraph and no diagnostic (e.g. %s)", file, examples)
        .isLessThanOrEqualTo(total / 200);
  }
}
