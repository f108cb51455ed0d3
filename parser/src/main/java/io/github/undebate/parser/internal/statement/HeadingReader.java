package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.text.Quotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the heading before the speech: each block is given to the {@link HeadingBlock#RULES} in
 * order, and what the blocks say is gathered into a {@link Heading}. Every heading line is removed
 * from the speech with a diagnostic that says what kind of block it was in.
 */
final class HeadingReader {
  /** A quotation that a blank line cuts runs on over this many printed lines at most. */
  private static final int MAX_QUOTED_LINES = 6;

  private HeadingReader() {}

  /** The heading's blocks, in order. */
  static List<HeadingBlock> blocks(List<Line> lines, Heading.Builder heading) {
    List<HeadingBlock> out = new ArrayList<>();
    HeadingCursor block = new HeadingCursor(lines, bylinesApart(lines, LineRun.of(lines)));
    while (block.advance()) {
      // a quoted title that a blank line cuts runs on to its closing mark, never into a byline
      // (a stray "«" in a letterhead's address is no quotation)
      while (Quotes.opensUnclosed(block.text())
          && block.hasNext()
          && block.textLines() < MAX_QUOTED_LINES
          && !opensByline(block.nextText())) {
        block.claimNext();
      }
      if (!heading.hasVenue()) {
        heading.venue(Venues.inHeading(block.text()));
      }
      for (HeadingBlock.Rule rule : HeadingBlock.RULES) {
        Optional<HeadingBlock> read = rule.read(block);
        if (read.isPresent()) {
          out.add(read.get());
          break;
        }
      }
    }
    return out;
  }

  /**
   * The runs, each cut before a line that opens a byline with a statement word ("STATEMENT BY") or
   * with a connecting word and an honorific ("BY H.E. ...") under other lines: a letterhead or a
   * title printed right above the byline is not the byline.
   */
  private static List<LineRun> bylinesApart(List<Line> lines, List<LineRun> runs) {
    List<LineRun> out = new ArrayList<>();
    for (LineRun run : runs) {
      int from = run.from();
      for (int i = run.from() + 1; i < run.to(); i++) {
        if (opensByline(lines.get(i).text())
            && !BylineWords.opensWithStatementWord(lines.get(i - 1).text())) {
          out.add(new LineRun(from, i));
          from = i;
        }
      }
      out.add(new LineRun(from, run.to()));
    }
    return out;
  }

  private static boolean opensByline(String line) {
    String unjoined = PrintedSpeaker.stripConnector(line);
    return BylineWords.opensWithStatementWord(line)
        || unjoined.length() < line.length() && Byline.opens(unjoined);
  }

  /**
   * Reads the heading lines (the cleaned lines before the speech) and the front matter.
   *
   * @param diags receives a removal for every heading line
   */
  static Heading read(List<Line> lines, Optional<FrontMatter> front, List<Diagnostic> diags) {
    Heading.Builder heading = new Heading.Builder();
    List<HeadingBlock> blocks = blocks(lines, heading);
    for (HeadingBlock block : blocks) {
      block.addTo(heading);
      for (Line line : block.lines()) {
        diags.add(Removals.removed(block.removal(), line.number(), line.text()));
      }
    }
    return heading.build(front, blocks.isEmpty());
  }
}
