package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PhraseList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A letterhead: "Permanent Mission of Belarus to the United Nations" ({@code letterheads.txt}), or
 * a block that is a State's name and nothing else ("REPUBLIC OF SENEGAL"). It may name the
 * speaker's State.
 *
 * @param lines the block's lines
 * @param text the block's text
 */
record Letterhead(List<Line> lines, String text) implements HeadingBlock {
  private static final PhraseList LETTERHEADS =
      ResourceTable.phraseList(Letterhead.class, "letterheads.txt");

  Letterhead {
    lines = List.copyOf(lines);
    Objects.requireNonNull(text, "text");
  }

  /** The rule: a block that opens with a letterhead phrase or is a State's name. */
  static Optional<HeadingBlock> read(HeadingCursor block) {
    String text = block.text();
    return LETTERHEADS.opens(text) || Nations.named(text).isPresent()
        ? Optional.of(new Letterhead(block.lines(), text))
        : Optional.empty();
  }

  @Override
  public String removal() {
    return "letterhead";
  }

  @Override
  public void addTo(Heading.Builder heading) {
    heading.countryLine(text, Evidence.LETTERHEAD, firstLine());
  }
}
