package io.github.undebate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java snippets of the READMEs are the examples' code: a snippet marked {@code <!-- snippet:
 * Name -->} must appear, line for line, in {@code Name.java}, whose test runs it. So a README can
 * only show code that compiles and runs.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path SOURCES = Path.of("src/main/java/io/github/undebate/examples");

  /** The READMEs that may hold snippets: the examples' own and the project's. */
  private static final List<Path> READMES = List.of(Path.of("README.md"), Path.of("../README.md"));

  @TestFactory
  List<DynamicTest> everySnippetIsTheCodeOfItsExample() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path readme : READMES) {
      if (!Files.exists(readme)) {
        continue;
      }
      Matcher m = SNIPPET.matcher(Files.readString(readme, StandardCharsets.UTF_8));
      int n = 0;
      while (m.find()) {
        String example = m.group(1);
        String snippet = m.group(2);
        tests.add(
            DynamicTest.dynamicTest(
                readme + " snippet " + ++n + " (" + example + ")",
                () -> {
                  Path source = SOURCES.resolve(example + ".java");
                  assertThat(source).as("the example the snippet names").exists();
                  assertThat(lines(Files.readString(source, StandardCharsets.UTF_8)))
                      .as("the lines of " + source)
                      .containsSequence(lines(snippet));
                }));
      }
    }
    return tests;
  }

  @Test
  void theExamplesReadmeShowsEveryExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String example :
        List.of(
            "PrintStatement", "ListSpeakers", "ListResolutions", "ConvertRecord", "ParseFolder")) {
      assertThat(readme)
          .contains("<!-- snippet: " + example + " -->")
          .contains("-Dexec.mainClass=io.github.undebate.examples." + example);
    }
  }

  /** The non-blank lines, stripped of indentation, which the README's code blocks may change. */
  private static List<String> lines(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
