package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A heading block no other rule claims. The first of two words or more is the title, when no mark
 * or page title gives one; any other may name the speaker's State.
 *
 * @param lines the block's lines
 * @param text the block's text
 * @param texts the block's printed lines
 */
record PlainHeading(List<Line> lines, String text, List<String> texts) implements HeadingBlock {

  PlainHeading {
    lines = List.copyOf(lines);
    Objects.requireNonNull(text, "text");
    texts = List.copyOf(texts);
  }

  /** The rule: claims every block. */
  static Optional<HeadingBlock> read(HeadingCursor block) {
    return Optional.of(new PlainHeading(block.lines(), block.text(), block.texts()));
  }

  /** The title the block prints: its first line, continued while a line ends in a small word. */
  String title() {
    StringBuilder sb = new StringBuilder(texts.get(0));
    for (int i = 1; i < texts.size(); i++) {
      String prev = texts.get(i - 1);
      String lastWord = prev.substring(prev.lastIndexOf(' ') + 1);
      if (lastWord.isEmpty() || !lastWord.chars().allMatch(Character::isLowerCase)) {
        break;
      }
      sb.append(' ').append(texts.get(i));
    }
    return sb.toString();
  }

  /** Whether the block has words enough to be a title, and is no salutation ("Mr. President,"). */
  boolean canBeTitle() {
    return WordCount.of(text) >= 2 && !Formulas.isSalutation(text) && !placeOnly();
  }

  /**
   * Whether the block is a place and nothing else, a city and its State after one comma ("NEW YORK,
   * USA"): where the statement was made, not whose it is, and no title.
   */
  boolean placeOnly() {
    int comma = text.indexOf(',');
    if (comma <= 0 || text.indexOf(',', comma + 1) >= 0) {
      return false;
    }
    String city = text.substring(0, comma).strip();
    return WordCount.of(city) <= 3
        && city.chars().noneMatch(Character::isDigit)
        && Nations.named(text.substring(comma + 1).strip()).isPresent();
  }

  @Override
  public String removal() {
    return "heading";
  }

  @Override
  public void addTo(Heading.Builder heading) {
    if (placeOnly()) {
      return;
    }
    if (!heading.plainTitle(this)) {
      heading.countryLine(text, Evidence.HEADING, firstLine());
    }
  }
}
