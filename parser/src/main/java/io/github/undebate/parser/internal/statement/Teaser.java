package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import java.util.List;
import java.util.Optional;

/**
 * A site's teaser or link text in the heading ("Please find attached the statement made by ...",
 * "Read more"): site chrome, from {@code teasers.txt}. It says nothing of the record.
 *
 * @param lines the block's lines
 */
record Teaser(List<Line> lines) implements HeadingBlock {
  private static final PhraseList TEASERS = ResourceTable.phraseList(Teaser.class, "teasers.txt");

  Teaser {
    lines = List.copyOf(lines);
  }

  /** The rule: a block that holds a teaser phrase anywhere. */
  static Optional<HeadingBlock> read(HeadingCursor block) {
    return isTeaser(block.text()) ? Optional.of(new Teaser(block.lines())) : Optional.empty();
  }

  /** Whether the text holds a teaser phrase. */
  static boolean isTeaser(String text) {
    return TEASERS.isIn(text);
  }

  @Override
  public String removal() {
    return "site_chrome";
  }
}
