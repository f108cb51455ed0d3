package io.github.undebate.parser.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language named in an interpretation note of the corpus has its code. */
class CorpusLanguagesTest {
  private static final Pattern NOTE =
      Pattern.compile("\\( ?(?:spoke in|interpretation from|translated from) (\\p{L}+) ?\\\\?\\)");

  @Test
  void everyLanguageOfAnInterpretationNoteHasItsCode() throws IOException {
    TreeSet<String> languages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Matcher m = NOTE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          languages.add(m.group(1));
        }
      }
    }
    assertThat(languages).contains("Arabic", "Chinese", "French", "Russian", "Spanish");
    for (String language : languages) {
      assertThat(LanguageNames.standard().code(language))
          .as("the code of %s", language)
          .hasValueSatisfying(code -> assertThat(code).matches("[a-z]{2}"));
    }
  }
}
