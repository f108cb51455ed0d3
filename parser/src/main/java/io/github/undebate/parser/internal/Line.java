package io.github.undebate.parser.internal;

import io.github.undebate.parser.internal.noise.NoiseKind;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the input, made once for both readers: where it stands in the input (so that every
 * diagnostic and the no-text-lost check can point back at it), the text as printed and as the
 * readers compare it, and what is known of it before any reader's rules: indentation, a page break,
 * page noise once classified, and layout hints from a PDF.
 *
 * @param number the 1-based line number in the input
 * @param offset the offset of the line's first character in the input
 * @param printed the line as printed, without its line terminator
 * @param text the line as the readers compare it: stripped, no-break spaces as spaces; a reader may
 *     repair it further ({@link #withText})
 * @param indent how many white space characters open the printed line; 0 for a blank line
 * @param pageBreak whether a form feed (a page break) stands on the line
 * @param noise what page noise the line is, once a reader classified it; empty for text
 * @param layout what the page layout says of the line; {@link Layout#NONE} for plain text
 */
public record Line(
    int number,
    int offset,
    String printed,
    String text,
    int indent,
    boolean pageBreak,
    Optional<NoiseKind> noise,
    Layout layout) {

  /** Checks the fields. */
  public Line {
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1, was " + number);
    }
    if (offset < 0 || indent < 0) {
      throw new IllegalArgumentException(
          "offset and indent must be >= 0, were " + offset + " and " + indent);
    }
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(noise, "noise");
    Objects.requireNonNull(layout, "layout");
  }

  /** A plain-text line as printed, its other fields worked out from the text. */
  public static Line of(int number, int offset, String printed) {
    int indent = 0;
    if (!printed.isBlank()) {
      while (Character.isWhitespace(printed.charAt(indent))) {
        indent++;
      }
    }
    return new Line(
        number,
        offset,
        printed,
        printed.strip().replace('\u00A0', ' '),
        indent,
        printed.indexOf('\f') >= 0,
        Optional.empty(),
        Layout.NONE);
  }

  /**
   * The printed line as {@link Whitespace#clean} gives it. When the compared text is the printed
   * line stripped, that is the text cleaned, which is the text itself when it is clean already, as
   * most lines are: then no copy is made of it.
   */
  public String cleaned() {
    int end = indent + text.length();
    if (end <= printed.length()
        && Whitespace.stripStart(printed, 0, indent) == indent
        && printed.regionMatches(indent, text, 0, text.length())
        && Whitespace.stripEnd(printed, end, printed.length()) == end) {
      // what strip() cut off, clean cuts off too
      return Whitespace.clean(text);
    }
    return Whitespace.clean(printed);
  }

  /** Whether the printed line has no visible character (only {@code Character.isWhitespace}). */
  public boolean isBlank() {
    return printed.isBlank();
  }

  /** Whether the line's compared text is empty. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Whether white space opens the printed line, which is not blank. */
  public boolean isIndented() {
    return indent > 0;
  }

  /** Whether the line was classified as page noise. */
  public boolean isNoise() {
    return noise.isPresent();
  }

  /**
   * The same line with its compared text repaired (letter spacing joined, spaces folded); this line
   * when the repair changed nothing, so that a reader's cleaned copy of a text of many short lines
   * does not hold every line twice (issue 18).
   */
  public Line withText(String repaired) {
    if (repaired.equals(text)) {
      return this;
    }
    return new Line(number, offset, printed, repaired, indent, pageBreak, noise, layout);
  }

  /** The same line classified as page noise of the given kind. */
  public Line withNoise(NoiseKind kind) {
    return new Line(number, offset, printed, text, indent, pageBreak, Optional.of(kind), layout);
  }

  /** The same line with what the page layout says of it (a PDF's page, band and type). */
  public Line withLayout(Layout laidOut) {
    return new Line(number, offset, printed, text, indent, pageBreak, noise, laidOut);
  }

  /** Splits text into lines at {@code \n}, {@code \r\n} and {@code \r}. */
  public static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    int n = text.length();
    // indexOf finds the line ends much faster than a loop over every character.
    int lf = text.indexOf('\n');
    int cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      lines.add(of(number++, start, text.substring(start, i)));
      start = i + 1;
      if (text.charAt(i) == '\r' && start < n && text.charAt(start) == '\n') {
        start++;
      }
      if (lf >= 0 && lf < start) {
        lf = text.indexOf('\n', start);
      }
      if (cr >= 0 && cr < start) {
        cr = text.indexOf('\r', start);
      }
    }
    if (start < n) {
      lines.add(of(number, start, text.substring(start)));
    }
    return lines;
  }
}
