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
 * <p>A speed trick (issue 14): a line cut from a text ({@link #split}) refers to the text and makes
 * its printed form, a String of its own, only when a reader asks for it; most ask only for the
 * compared text. A line whose printed form is its compared text has one String for both.
 */
public final class Line {
  private final int number;
  private final int offset;

  /** The text the line was cut from, and where its printed form stands in it. */
  private final String source;

  private final int from;
  private final int to;

  /** The printed form once made; null until then. Lines are read on one thread. */
  private String printed;

  private final String text;
  private final int indent;
  private final boolean pageBreak;

  /** Whether {@link #text} is the printed form stripped as {@link String#strip} strips it. */
  private final boolean textIsStripped;

  private final Optional<NoiseKind> noise;
  private final Layout layout;

  /**
   * A line with all its fields given.
   *
   * @param number the 1-based line number in the input
   * @param offset the offset of the line's first character in the input
   * @param printed the line as printed, without its line terminator
   * @param text the line as the readers compare it: stripped, no-break spaces as spaces; a reader
   *     may repair it further ({@link #withText})
   * @param indent how many white space characters open the printed line; 0 for a blank line
   * @param pageBreak whether a form feed (a page break) stands on the line
   * @param noise what page noise the line is, once a reader classified it; empty for text
   * @param layout what the page layout says of the line; {@link Layout#NONE} for plain text
   */
  public Line(
      int number,
      int offset,
      String printed,
      String text,
      int indent,
      boolean pageBreak,
      Optional<NoiseKind> noise,
      Layout layout) {
    this(
        number,
        offset,
        Objects.requireNonNull(printed, "printed"),
        0,
        printed.length(),
        printed,
        text,
        indent,
        pageBreak,
        false,
        noise,
        layout);
  }

  private Line(
      int number,
      int offset,
      String source,
      int from,
      int to,
      String printed,
      String text,
      int indent,
      boolean pageBreak,
      boolean textIsStripped,
      Optional<NoiseKind> noise,
      Layout layout) {
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1, was " + number);
    }
    if (offset < 0 || indent < 0) {
      throw new IllegalArgumentException(
          "offset and indent must be >= 0, were " + offset + " and " + indent);
    }
    this.number = number;
    this.offset = offset;
    this.source = source;
    this.from = from;
    this.to = to;
    this.printed = printed;
    this.text = Objects.requireNonNull(text, "text");
    this.indent = indent;
    this.pageBreak = pageBreak;
    this.textIsStripped = textIsStripped;
    this.noise = Objects.requireNonNull(noise, "noise");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  /** A plain-text line as printed, its other fields worked out from the text. */
  public static Line of(int number, int offset, String printed) {
    Line line = cut(number, offset, printed, 0, printed.length(), printed.indexOf('\f') >= 0);
    line.printed = printed;
    return line;
  }

  /**
   * The line {@code source[from, to)}, its compared text cut straight from the source: the text
   * stripped ({@link String#strip}), no-break spaces as spaces; the printed form made now only when
   * it is that text.
   */
  private static Line cut(
      int number, int offset, String source, int from, int to, boolean pageBreak) {
    int start = Whitespace.stripStart(source, from, to);
    if (start == to) {
      // blank: no text, no indentation
      return new Line(
          number,
          offset,
          source,
          from,
          to,
          from == to ? "" : null,
          "",
          0,
          pageBreak,
          true,
          Optional.empty(),
          Layout.NONE);
    }
    int end = Whitespace.stripEnd(source, start, to);
    String stripped = source.substring(start, end);
    String text = stripped.replace('\u00A0', ' ');
    return new Line(
        number,
        offset,
        source,
        from,
        to,
        start == from && end == to ? stripped : null,
        text,
        start - from,
        pageBreak,
        text == stripped,
        Optional.empty(),
        Layout.NONE);
  }

  /** The 1-based line number in the input. */
  public int number() {
    return number;
  }

  /** The offset of the line's first character in the input. */
  public int offset() {
    return offset;
  }

  /** The line as printed, without its line terminator. */
  public String printed() {
    if (printed == null) {
      printed = source.substring(from, to);
    }
    return printed;
  }

  /**
   * The line as the readers compare it: stripped, no-break spaces as spaces; a reader may repair it
   * further ({@link #withText}).
   */
  public String text() {
    return text;
  }

  /** How many white space characters open the printed line; 0 for a blank line. */
  public int indent() {
    return indent;
  }

  /** Whether a form feed (a page break) stands on the line. */
  public boolean pageBreak() {
    return pageBreak;
  }

  /** What page noise the line is, once a reader classified it; empty for text. */
  public Optional<NoiseKind> noise() {
    return noise;
  }

  /** What the page layout says of the line; {@link Layout#NONE} for plain text. */
  public Layout layout() {
    return layout;
  }

  /** The printed line's length. */
  public int printedLength() {
    return to - from;
  }

  /** The printed line's character at {@code index}, read without making the printed line. */
  public char printedCharAt(int index) {
    Objects.checkIndex(index, to - from);
    return source.charAt(from + index);
  }

  /** Whether {@code part} stands in the printed line at {@code index}, read in place. */
  public boolean printedHolds(String part, int index) {
    return index >= 0
        && index + part.length() <= to - from
        && source.regionMatches(from + index, part, 0, part.length());
  }

  /** Where {@code c} first stands in the printed line, or -1; read in place. */
  public int printedIndexOf(char c) {
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == c) {
        return i - from;
      }
    }
    return -1;
  }

  /**
   * The printed line stripped ({@link String#strip}): the compared text itself when that is the
   * same, as it is for a line without a no-break space that no reader repaired.
   */
  public String stripped() {
    return textIsStripped ? text : printed().strip();
  }

  /**
   * The printed line as {@link Whitespace#clean} gives it. When the compared text is the printed
   * line stripped, that is the text cleaned, which is the text itself when it is clean already, as
   * most lines are: then no copy is made of it.
   */
  public String cleaned() {
    int start = from + indent;
    int end = start + text.length();
    if (end <= to
        && Whitespace.stripStart(source, from, start) == start
        && source.regionMatches(start, text, 0, text.length())
        && Whitespace.stripEnd(source, end, to) == end) {
      // what strip() cut off, clean cuts off too
      return Whitespace.clean(text);
    }
    return Whitespace.clean(printed());
  }

  /** Whether the printed line has no visible character (only {@code Character.isWhitespace}). */
  public boolean isBlank() {
    return Whitespace.stripStart(source, from, to) == to;
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
    return new Line(
        number, offset, source, from, to, printed, repaired, indent, pageBreak, false, noise,
        layout);
  }

  /** The same line classified as page noise of the given kind. */
  public Line withNoise(NoiseKind kind) {
    return new Line(
        number,
        offset,
        source,
        from,
        to,
        printed,
        text,
        indent,
        pageBreak,
        textIsStripped,
        Optional.of(kind),
        layout);
  }

  /** The same line with what the page layout says of it (a PDF's page, band and type). */
  public Line withLayout(Layout laidOut) {
    return new Line(
        number,
        offset,
        source,
        from,
        to,
        printed,
        text,
        indent,
        pageBreak,
        textIsStripped,
        noise,
        Objects.requireNonNull(laidOut, "layout"));
  }

  /** Lines are equal when all their fields are, as a record's. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Line l
        && number == l.number
        && offset == l.offset
        && indent == l.indent
        && pageBreak == l.pageBreak
        && text.equals(l.text)
        && printed().equals(l.printed())
        && noise.equals(l.noise)
        && layout.equals(l.layout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, offset, printed(), text, indent, pageBreak, noise, layout);
  }

  @Override
  public String toString() {
    return "Line[number="
        + number
        + ", offset="
        + offset
        + ", printed="
        + printed()
        + ", text="
        + text
        + ", indent="
        + indent
        + ", pageBreak="
        + pageBreak
        + ", noise="
        + noise
        + ", layout="
        + layout
        + "]";
  }

  /** Splits text into lines at {@code \n}, {@code \r\n} and {@code \r}. */
  public static List<Line> split(String text) {
    return split(text, 0);
  }

  /**
   * Splits {@code text.substring(from)} into lines as {@link #split(String)} does, offsets counted
   * from {@code from}, without that copy.
   */
  public static List<Line> split(String text, int from) {
    List<Line> lines = new ArrayList<>();
    int start = from;
    int number = 1;
    int n = text.length();
    // indexOf finds the line ends and page breaks much faster than a loop over every character.
    int lf = text.indexOf('\n', from);
    int cr = text.indexOf('\r', from);
    int ff = text.indexOf('\f', from);
    while (lf >= 0 || cr >= 0) {
      int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      lines.add(cut(number++, start - from, text, start, i, ff >= start && ff < i));
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
      if (ff >= 0 && ff < start) {
        ff = text.indexOf('\f', start);
      }
    }
    if (start < n) {
      lines.add(cut(number, start - from, text, start, n, ff >= start));
    }
    return lines;
  }
}
