package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a single speaker's statement. For now: blank lines separate paragraphs, wrapped lines are
 * joined, and every paragraph is a body paragraph of one statement by an unknown speaker.
 */
public final class StatementReader {
  private static final CitationFinder CITATIONS = CitationFinder.create();

  private StatementReader() {}

  /** Reads the lines as one statement. */
  public static Debate read(List<SourceLine> lines, List<Diagnostic> diagnostics) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        flush(current, paragraphs);
      } else {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(line.text().strip());
      }
    }
    flush(current, paragraphs);
    Speaker unknown = Speaker.builder("sp1").build();
    return Debate.builder()
        .kind(RecordKind.OTHER)
        .diagnostics(diagnostics)
        .addSpeaker(unknown)
        .addProceeding(new Statement(unknown.id(), Optional.empty(), paragraphs))
        .build();
  }

  private static void flush(StringBuilder current, List<Paragraph> paragraphs) {
    String text = current.toString().replaceAll("\\s+", " ").strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      paragraphs.add(new Paragraph(ParagraphKind.BODY, text, CITATIONS.find(text), List.of()));
    }
  }
}
