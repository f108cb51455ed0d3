package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import java.util.List;
import java.util.Optional;

/**
 * A block of the heading before the speech, by what it is. Each kind is a small rule ({@code read})
 * that recognises its blocks; {@link #RULES} tries them in order on each block, the first that
 * claims it wins, the way commonmark-java tries its block starts on a line. A new kind of heading
 * is a new record here, its rule in the list, and what it says of the record in {@link #addTo}.
 */
sealed interface HeadingBlock permits Teaser, Byline, Dateline, Title, Letterhead, PlainHeading {

  /** The rules, in the order they are tried; the last claims every block. */
  List<Rule> RULES =
      List.of(
          Teaser::read,
          Byline::read,
          Dateline::read,
          Title::read,
          Letterhead::read,
          PlainHeading::read);

  /** One kind's rule: the block read as that kind, when it is one. */
  @FunctionalInterface
  interface Rule {
    Optional<HeadingBlock> read(HeadingCursor block);
  }

  /**
   * The block's lines, from its first text line to its last (a blank line inside a block that a
   * rule ran on over is one of them): all are removed from the speech.
   */
  List<Line> lines();

  /** What the removal diagnostics call the block: {@code removed.<removal>}. */
  String removal();

  /** Says what the block tells of the record (speaker, title, date ...); by default nothing. */
  default void addTo(Heading.Builder heading) {}

  /** The input line number of the block's first line. */
  default int firstLine() {
    return lines().get(0).number();
  }
}
