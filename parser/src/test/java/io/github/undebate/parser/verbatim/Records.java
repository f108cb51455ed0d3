package io.github.undebate.parser.verbatim;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real verbatim records of the test corpus (copied from ../shared/corpus, see
 * src/test/resources/corpus/SOURCE.md), parsed once each, and small helpers to look into them.
 */
final class Records {
  static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Map<String, Debate> PARSED = new ConcurrentHashMap<>();

  private Records() {}

  /** The raw text of a corpus file, e.g. {@code sc/S_PV.8700_E.txt}. */
  static String text(String file) {
    try {
      return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus file parsed through the public entry point. */
  static Debate parsed(String file) {
    return PARSED.computeIfAbsent(
        file,
        f -> {
          try {
            return DebateParser.create().parse(CORPUS.resolve(f));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The statements of a debate with their speakers. */
  static List<Statement> statements(Debate d) {
    return d.statements();
  }

  /** The speaker of a statement. */
  static Speaker speaker(Debate d, Statement s) {
    return d.speaker(s.speakerId()).orElseThrow();
  }

  /** The first statement whose first paragraph starts with the given words. */
  static Statement statementStarting(Debate d, String words) {
    for (Statement s : d.statements()) {
      if (!s.paragraphs().isEmpty() && s.paragraphs().get(0).text().startsWith(words)) {
        return s;
      }
    }
    throw new AssertionError("no statement starts with \"" + words + "\"");
  }

  /** The text of all paragraphs of all statements. */
  static List<String> paragraphTexts(Debate d) {
    List<String> out = new ArrayList<>();
    for (Statement s : d.statements()) {
      for (Paragraph p : s.paragraphs()) {
        out.add(p.text());
      }
    }
    return out;
  }

  /** The notes in order. */
  static List<String> notes(Debate d) {
    List<String> out = new ArrayList<>();
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Note n) {
        out.add(n.text());
      }
    }
    return out;
  }

  /** The headings in order. */
  static List<String> headings(Debate d) {
    List<String> out = new ArrayList<>();
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Heading h) {
        out.add(h.text());
      }
    }
    return out;
  }

  /** The votes in order. */
  static List<Vote> votes(Debate d) {
    List<Vote> out = new ArrayList<>();
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Vote v) {
        out.add(v);
      }
    }
    return out;
  }
}
