package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.Quotes;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A title printed in quotation marks or after a mark such as "Theme:" ({@code title-marks.txt}):
 * the debate's title, without the marks. (An unmarked heading may give the title too: {@link
 * PlainHeading}.)
 *
 * @param lines the block's lines
 * @param title the title without its marks
 */
record Title(List<Line> lines, String title) implements HeadingBlock {
  private static final List<String> MARKS =
      ResourceTable.lowerCasePhrases(Title.class, "title-marks.txt");

  Title {
    lines = List.copyOf(lines);
    Objects.requireNonNull(title, "title");
  }

  /** The rule: a block wholly in quotation marks, or opening with a title mark and a colon. */
  static Optional<HeadingBlock> read(HeadingCursor block) {
    return quoted(block.text()).map(t -> new Title(block.lines(), t));
  }

  /** The title a text prints in quotation marks or after a title mark, without the marks. */
  static Optional<String> quoted(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    for (String mark : MARKS) {
      if (lower.startsWith(mark)) {
        String rest = t.substring(mark.length()).strip();
        if (rest.startsWith(":")) {
          return Optional.of(Quotes.unquote(rest.substring(1).strip()));
        }
      }
    }
    if (Quotes.isWhollyQuoted(t)) {
      return Optional.of(Quotes.unquote(t));
    }
    return Optional.empty();
  }

  @Override
  public String removal() {
    return "title";
  }

  @Override
  public void addTo(Heading.Builder heading) {
    heading.quotedTitle(title);
  }
}
