package io.github.undebate.parser.internal;

import io.github.undebate.parser.internal.text.Whitespace;

/**
 * A {@link Line}'s texts read in the text the line was cut from, without the copies that making its
 * compared text first would cost (issue 14): its cleaned text, and whether a reader's repair left
 * its compared text as it was.
 */
final class LineReading {
  private LineReading() {}

  /**
   * The cleaned text of a line whose compared text is its printed form stripped, a no-break space
   * as a space; {@code made} is that text if made already, else null.
   */
  static String cleanedPristine(Line line, String made, Whitespace.Buffer buffer) {
    String source = line.source();
    int start = line.from() + line.indent();
    int end = Whitespace.stripEnd(source, start, line.to());
    // what strip() cuts off, clean cuts off too: the printed line cleaned is its stripped part
    // cleaned, where a no-break space is a space as in the text
    if (made == null && buffer != null) {
      // the line is read once: a clean line's compared text is its stripped part, with no no-break
      // space to replace, and is made as such, not looked through again
      String cleaned = Whitespace.cleanedUnlessClean(source, start, end, buffer);
      return cleaned != null ? cleaned : line.cleanText(start, end, false);
    }
    if (made == null && !Whitespace.isClean(source, start, end)) {
      return Whitespace.clean(source, start, end, buffer);
    }
    return Whitespace.clean(line.text());
  }

  /**
   * The cleaned printed form of a line whose compared text a reader repaired ({@code text}): the
   * text cleaned when it is what the printed form holds between its white space, else the printed
   * form cleaned.
   */
  static String cleanedRepaired(Line line, String text) {
    String source = line.source();
    int from = line.from();
    int indent = line.indent();
    int end = indent + text.length();
    if (from + end <= line.to()
        && Whitespace.stripStart(source, from, from + indent) == from + indent
        && source.regionMatches(from + indent, text, 0, text.length())
        && Whitespace.stripEnd(source, from + end, line.to()) == from + end) {
      return Whitespace.clean(text);
    }
    return Whitespace.clean(line.printed());
  }

  /**
   * Whether the compared text of a line not repaired, not made yet, equals {@code s}: read in
   * place, a no-break space as a space.
   */
  static boolean comparedEquals(Line line, String s) {
    String source = line.source();
    int start = line.from() + line.indent();
    int end = Whitespace.stripEnd(source, start, line.to());
    if (end - start != s.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if ((c == '\u00A0' ? ' ' : c) != s.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }
}
