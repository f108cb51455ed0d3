package io.github.undebate.parser.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the phrase lists of the citation grammar, which live as resources beside this class (one
 * entry a line, {@code #} starts a comment line, each file says where its facts come from).
 */
final class Phrases {
  private Phrases() {}

  /** The non-comment, non-blank lines of the resource, trimmed. */
  static List<String> lines(String resource) {
    InputStream in = Phrases.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing citation grammar resource " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read citation grammar resource " + resource, e);
    }
    return List.copyOf(out);
  }

  /**
   * A regex alternation of the literal phrases, longest first so that the longer of two phrases
   * sharing a prefix wins; spaces in a phrase match any run of whitespace.
   */
  static String alternation(List<String> phrases) {
    return phrases.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
