package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.noise.RecordPageNoise;
import io.github.undebate.parser.internal.text.Spacing;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole verbatim meeting record: its lines repaired and page noise classified, the header
 * into the debate's fields ({@link HeaderReader}), the body into blocks by its rules ({@link
 * BodyReader}), and the blocks into the debate ({@link Assembly}).
 */
public final class VerbatimReader {
  private static final CitationFinder CITATIONS = CitationFinder.create();

  /** The lines at the top of a record where letter-spaced header type is looked for. */
  private static final int HEAD_LINES = 60;

  private VerbatimReader() {}

  /**
   * Whether the text is a verbatim meeting record, decided from the text itself: a PV symbol, a
   * meeting number, a President line in the header, the record's own procedural notes and its
   * speaker labels.
   */
  public static boolean isVerbatimRecord(List<Line> lines) {
    return RecordKindSigns.isVerbatimRecord(lines);
  }

  /** Reads the lines as a verbatim record. */
  public static Debate read(List<Line> source, List<Diagnostic> readDiagnostics) {
    List<Line> lines = prepared(source);
    LabelLines labels = new LabelLines(lines);
    int bodyStart = bodyStart(lines, labels);
    RecordHeader header = HeaderReader.read(lines, bodyStart);
    if (!header.agenda().isEmpty()) {
      RecordPageNoise.markTitles(lines, header.agenda().get(0), bodyStart);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(readDiagnostics);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isNoise()) {
        diagnostics.add(Removals.removed(line.noise().get(), line.number(), line.stripped()));
      } else if (i < bodyStart && !line.isEmpty()) {
        // Read into the debate's fields (symbol, date, members, agenda ...) or not understood:
        // either way the line leaves the text, and the diagnostic keeps it as printed.
        diagnostics.add(Removals.removed("record_header", line.number(), line.stripped()));
      }
    }
    HeadingLines headings = new HeadingLines(lines, header.agenda());
    List<Block> blocks =
        BodyReader.read(new BodyState(lines, bodyStart, labels, headings, diagnostics));
    return new Assembly(header, blocks, diagnostics, CITATIONS).build();
  }

  /** The lines as the rules read them: repaired, page noise classified. */
  static List<Line> prepared(List<Line> source) {
    List<Line> lines = repaired(source);
    RecordPageNoise.classify(lines);
    return lines;
  }

  /**
   * The lines with letter-spaced type joined ("M r . D e i s s" as "Mr. Deiss"), which stands in
   * headers (in running text only longer runs are taken for it), and their white space folded as
   * {@link TextJoin#fold} folds it: every compared text the rules read is folded, so that the
   * turns' paragraphs need no folding of their own. Soft hyphens inside a line go ({@link
   * TextJoin#withoutSoftHyphens}).
   */
  private static List<Line> repaired(List<Line> source) {
    List<Line> lines = new ArrayList<>(source);
    Spacing spacing = new Spacing();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      spacing.read(text);
      int shortest = i < HEAD_LINES ? LetterSpacing.SHORTEST_RUN : LetterSpacing.SHORTEST_RUN + 1;
      if (spacing.longestRun() >= shortest) {
        lines.set(i, lines.get(i).withText(TextJoin.fold(LetterSpacing.repair(text))));
      } else if (!spacing.folded()) {
        lines.set(i, lines.get(i).withText(TextJoin.fold(text)));
      }
      String folded = lines.get(i).text();
      if (folded.indexOf(TextJoin.SOFT_HYPHEN) >= 0) {
        lines.set(i, lines.get(i).withText(TextJoin.withoutSoftHyphens(folded)));
      }
    }
    return lines;
  }

  /** The first line of the body: the first procedural note or speaker label; 0 when none. */
  private static int bodyStart(List<Line> lines, LabelLines labels) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isNoise() || line.isEmpty()) {
        continue;
      }
      if (NoteOpenings.startsBody(line.text()) || labels.at(i).isPresent()) {
        return i;
      }
    }
    return 0;
  }
}
