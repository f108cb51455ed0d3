package io.github.undebate.parser.statement;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Parses files of the dev corpus copied into the test resources. */
final class Corpus {
  static final DebateParser PARSER = DebateParser.create();

  private Corpus() {}

  static Debate parse(String relative) {
    try {
      return PARSER.parse(Path.of("src/test/resources/corpus").resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Paragraph> paragraphs(Debate debate) {
    return debate.statements().stream().flatMap(s -> s.paragraphs().stream()).toList();
  }

  static String allText(Debate debate) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : paragraphs(debate)) {
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }
}
