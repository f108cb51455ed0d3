package io.github.undebate.parser.internal.verbatim;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's speech as an invitation ("I invite Mrs. Mary Robinson, Chair of The Elders, to
 * participate") is looked for in it: its paragraphs, each ended by a line feed, read as one text.
 *
 * <p>A speed trick (issue 14): the whole speech joined was the largest copy a verbatim record made,
 * though the invitations stand near its start. The pattern is run on a growing opening part of the
 * text instead, and its first match there is taken when no attempt to match from an earlier place
 * could read past that part: such an attempt reads a name of words and white space, which the
 * match's comma ends, the surname, and then at most {@link #READ_AHEAD} characters besides runs of
 * white space. Else the part grows, up to the whole text, whose answer is taken as it is.
 */
final class Invitations {
  /**
   * How far past the start of its post ({@code group(1)}) an attempt may read, white space and the
   * surname aside: a comma, a post of at most 220 characters and the longest ending (", to
   * participate").
   */
  static final int READ_AHEAD = 260;

  /** How much of the text after the first paragraph that may hold an invitation is read first. */
  private static final int FIRST_PART = 4096;

  private final List<String> paragraphs;

  /** The speech's paragraphs, in order, none blank. */
  Invitations(List<String> paragraphs) {
    this.paragraphs = List.copyOf(paragraphs);
  }

  /** The whole text: each paragraph ended by a line feed. */
  String text() {
    return part(paragraphs.size());
  }

  /**
   * The first group of the pattern's first match in {@link #text()}, or null when it has none.
   *
   * @param surname the surname, without white space
   * @param pattern a pattern each of whose matches holds {@code surname} followed by a comma, reads
   *     before it only letters, apostrophes, full stops, hyphens and white space, and after the
   *     start of its first group at most {@link #READ_AHEAD} characters besides runs of white space
   *     and the surname; compiled only when a paragraph holds the surname and its comma
   */
  String firstGroup(String surname, Supplier<Pattern> pattern) {
    // every match holds the surname and its comma, within one paragraph
    String named = surname + ",";
    int length = 0; // of the first paragraphs, each with its line feed
    int count = 0;
    while (count < paragraphs.size() && !paragraphs.get(count).contains(named)) {
      length += paragraphs.get(count++).length() + 1;
    }
    if (count == paragraphs.size()) {
      return null; // and the pattern is not compiled
    }
    Pattern p = pattern.get();
    int want = length + FIRST_PART;
    while (true) {
      while (count < paragraphs.size() && length < want) {
        length += paragraphs.get(count++).length() + 1;
      }
      String part = part(count);
      Matcher m = p.matcher(part);
      boolean found = m.find();
      if (count == paragraphs.size()) {
        return found ? m.group(1) : null;
      }
      if (found && settled(part, m, surname)) {
        return m.group(1);
      }
      want = 2 * length;
    }
  }

  /**
   * Whether no attempt to match from the start of the part up to the match's start reads to the
   * part's last two characters, where the part may read otherwise than the whole text ({@code $}).
   */
  private static boolean settled(String part, Matcher m, String surname) {
    int space = 0;
    int run = 0;
    for (int i = 0; i < part.length(); i++) {
      if (isSpace(part.charAt(i))) {
        space = Math.max(space, ++run);
      } else {
        run = 0;
      }
    }
    return (long) m.start(1) + surname.length() + READ_AHEAD + 3L * space <= part.length() - 2;
  }

  /** Regex {@code \s}: space, tab, line feed, VT, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** The first {@code count} paragraphs, each ended by a line feed, joined in one copy. */
  private String part(int count) {
    String[] parts = new String[count + 1];
    for (int i = 0; i < count; i++) {
      parts[i] = paragraphs.get(i);
    }
    parts[count] = "";
    return String.join("\n", parts);
  }
}
