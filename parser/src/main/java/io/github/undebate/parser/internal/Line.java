package io.github.undebate.parser.internal;

import io.github.undebate.parser.internal.noise.NoiseKind;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.Arrays;
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
 * its printed form and its compared text, each a String of its own, only when a reader asks for
 * them: a statement's reader asks most lines only for their cleaned text ({@link
 * #cleaned(Whitespace.Buffer)}), which is the compared text when that is clean. A line whose
 * printed form is its compared text has one String for both.
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

  /**
   * The compared text; null until asked when it is {@link #pristine}: the printed form stripped, a
   * no-break space as a space.
   */
  private String text;

  private final int indent;
  private final boolean pageBreak;

  /** Whether the compared text is the printed form stripped, a no-break space as a space. */
  private final boolean pristine;

  /** Whether the compared text replaced a no-break space; known once the text is made. */
  private boolean spaced;

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
        Objects.requireNonNull(text, "text"),
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
      boolean pristine,
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
    this.text = text;
    this.indent = indent;
    this.pageBreak = pageBreak;
    this.pristine = pristine;
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
   * The line {@code source[from, to)}: its indentation and whether it is blank are read now, its
   * compared text and printed form are made when asked.
   */
  static Line cut(int number, int offset, String source, int from, int to, boolean pageBreak) {
    int start = Whitespace.stripStart(source, from, to);
    boolean blank = start == to;
    return new Line(
        number,
        offset,
        source,
        from,
        to,
        from == to ? "" : null,
        blank ? "" : null,
        blank ? 0 : start - from,
        pageBreak,
        true,
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
    if (printed == null
        && text != null
        && pristine
        && !spaced
        && indent == 0
        && from + text.length() == to) {
      printed = text; // the text is the printed line: no white space at its ends
    }
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
    if (text == null) {
      int start = from + indent;
      cleanText(start, Whitespace.stripEnd(source, start, to), true);
    }
    return text;
  }

  /**
   * The compared text made from the stripped printed part {@code source[start, end)}: with its
   * no-break spaces as spaces, or as it is when {@code spaces} is false, the part known to hold
   * none ({@link LineReading#cleanedPristine} read it).
   */
  String cleanText(int start, int end, boolean spaces) {
    if (text == null) {
      boolean whole = start == from && end == to;
      String stripped = printed != null && whole ? printed : source.substring(start, end);
      // indexOf, vectorised, finds no no-break space in most lines faster than replace's own scan
      text = spaces && stripped.indexOf('\u00A0') >= 0 ? stripped.replace('\u00A0', ' ') : stripped;
      spaced = text != stripped;
      if (printed == null && whole) {
        printed = stripped;
      }
    }
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
    if (pristine) {
      text(); // knows then whether a no-break space was replaced
      if (!spaced) {
        return text;
      }
    }
    return printed().strip();
  }

  /**
   * The printed line as {@link Whitespace#clean} gives it. When the compared text is the printed
   * line stripped, that is the text cleaned, which is the text itself when it is clean already, as
   * most lines are: then no copy is made of it.
   */
  public String cleaned() {
    return cleaned(null);
  }

  /**
   * The printed line as {@link #cleaned()} gives it; a line not clean is cleaned in the buffer
   * (null: a new one), without making its compared text first, a copy that would be thrown away.
   */
  public String cleaned(Whitespace.Buffer buffer) {
    return pristine
        ? LineReading.cleanedPristine(this, text, buffer)
        : LineReading.cleanedRepaired(this, text);
  }

  /** Whether the printed line has no visible character (only {@code Character.isWhitespace}). */
  public boolean isBlank() {
    return Whitespace.stripStart(source, from, to) == to;
  }

  /** Whether the line's compared text is empty. */
  public boolean isEmpty() {
    return text().isEmpty();
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
    if (textEquals(repaired)) {
      return this;
    }
    return new Line(
        number, offset, source, from, to, printed, repaired, indent, pageBreak, false, noise,
        layout);
  }

  /** Whether the compared text equals {@code s}; read in place when the text is not made. */
  private boolean textEquals(String s) {
    return text != null ? s.equals(text) : LineReading.comparedEquals(this, s);
  }

  /** The same line classified as page noise of the given kind. */
  public Line withNoise(NoiseKind kind) {
    return copy(NOISE.get(kind.ordinal()), layout);
  }

  /** An Optional of each noise kind, made once. */
  private static final List<Optional<NoiseKind>> NOISE =
      Arrays.stream(NoiseKind.values()).map(Optional::of).toList();

  /** The same line with what the page layout says of it (a PDF's page, band and type). */
  public Line withLayout(Layout laidOut) {
    return copy(noise, Objects.requireNonNull(laidOut, "layout"));
  }

  private Line copy(Optional<NoiseKind> kind, Layout laidOut) {
    Line copy =
        new Line(
            number, offset, source, from, to, printed, text, indent, pageBreak, pristine, kind,
            laidOut);
    copy.spaced = spaced;
    return copy;
  }

  /** Lines are equal when all their fields are, as a record's. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Line l
        && number == l.number
        && offset == l.offset
        && indent == l.indent
        && pageBreak == l.pageBreak
        && text().equals(l.text())
        && printed().equals(l.printed())
        && noise.equals(l.noise)
        && layout.equals(l.layout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, offset, printed(), text(), indent, pageBreak, noise, layout);
  }

  @Override
  public String toString() {
    return String.format(
        "Line[number=%d, offset=%d, printed=%s, text=%s, indent=%d, pageBreak=%b, noise=%s,"
            + " layout=%s]",
        number, offset, printed(), text(), indent, pageBreak, noise, layout);
  }

  /** Splits text into lines at {@code \n}, {@code \r\n} and {@code \r}. */
  public static List<Line> split(String text) {
    return LineSplit.split(text, 0);
  }

  /**
   * Splits {@code text.substring(from)} into lines as {@link #split(String)} does, offsets counted
   * from {@code from}, without that copy.
   */
  public static List<Line> split(String text, int from) {
    return LineSplit.split(text, from);
  }

  /** The text the line was cut from ({@link PrintedView} reads the printed line in it). */
  String source() {
    return source;
  }

  /** Where the printed line starts in {@link #source()}. */
  int from() {
    return from;
  }

  /** Where the printed line ends in {@link #source()}. */
  int to() {
    return to;
  }
}
