package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small-input cases of {@code cases.txt} (beside this package in the test resources): a few
 * words of real text, each with its source, and the citations the engine must find in them, in
 * order. The file's header says how to add a case.
 */
class CitationCasesTest {
  private static final String RESOURCE = "cases.txt";

  /** One case: where its words come from, the debate's organ, the words and what they cite. */
  record Case(int line, String source, Body body, String text, List<Expected> cites) {
    @Override
    public String toString() {
      return "line " + line + ": " + source;
    }
  }

  /** An expected citation: type and target, and its text when the case gives it. */
  record Expected(String type, String target, String text) {}

  static Stream<Case> cases() {
    return read().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheCitationsOfTheCase(Case c) {
    List<Citation> found = CitationFinder.create().find(c.text(), c.body());
    List<String> got = new ArrayList<>();
    for (Citation citation : found) {
      assertThat(c.text().substring(citation.start(), citation.end())).isEqualTo(citation.text());
      got.add(citation.type().name().toLowerCase(Locale.ROOT) + " | " + citation.target());
    }
    List<String> expected = c.cites().stream().map(e -> e.type() + " | " + e.target()).toList();
    assertThat(got).as("citations of \"%s\"", c.text()).isEqualTo(expected);
    for (int i = 0; i < found.size(); i++) {
      String text = c.cites().get(i).text();
      if (text != null) {
        assertThat(found.get(i).text()).as("text of citation %d", i).isEqualTo(text);
      }
    }
  }

  private static List<Case> read() {
    String all;
    try (InputStream in = CitationCasesTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    Builder block = null;
    String[] lines = all.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (block != null) {
          cases.add(block.build());
          block = null;
        }
        continue;
      }
      if (block == null) {
        block = new Builder(i + 1);
      }
      block.add(line, i + 1);
    }
    if (block != null) {
      cases.add(block.build());
    }
    return cases;
  }

  /** Collects the lines of one block. */
  private static final class Builder {
    private final int line;
    private String source;
    private Body body;
    private String text;
    private final List<Expected> cites = new ArrayList<>();
    private boolean none;

    Builder(int line) {
      this.line = line;
    }

    void add(String raw, int at) {
      int colon = raw.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(RESOURCE + " line " + at + ": no key in \"" + raw + "\"");
      }
      String key = raw.substring(0, colon).strip();
      String value = raw.substring(colon + 1).strip();
      switch (key) {
        case "source" -> source = value;
        case "body" -> body = Body.valueOf(value.toUpperCase(Locale.ROOT));
        case "text" -> text = value.replace("\\n", "\n");
        case "cite" -> cite(value, at);
        default ->
            throw new IllegalStateException(RESOURCE + " line " + at + ": unknown key " + key);
      }
    }

    private void cite(String value, int at) {
      if (value.equals("none")) {
        none = true;
        return;
      }
      String[] parts = value.split("\\|", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalStateException(RESOURCE + " line " + at + ": cite needs type | target");
      }
      cites.add(
          new Expected(
              parts[0].strip(), parts[1].strip(), parts.length == 3 ? parts[2].strip() : null));
    }

    Case build() {
      if (source == null || text == null || cites.isEmpty() == !none) {
        throw new IllegalStateException(
            RESOURCE + " line " + line + ": a case needs source, text, and cites or \"none\"");
      }
      return new Case(line, source, body, text, List.copyOf(cites));
    }
  }
}
