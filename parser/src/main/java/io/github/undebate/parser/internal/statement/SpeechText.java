package io.github.undebate.parser.internal.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The speech as one text, each paragraph ended by a line break: joined only when a rule reads the
 * whole speech at once.
 */
final class SpeechText {
  /** Runs of 2^i spaces, i from 0 to 9. */
  private static final String[] SPACES = new String[10];

  static {
    for (int i = 0; i < SPACES.length; i++) {
      SPACES[i] = " ".repeat(1 << i);
    }
  }

  private static final String OPEN_QUOTE = "\u201c";
  private static final String CLOSE_QUOTE = "\u201d";

  private final List<Paragraphing.Block> blocks;
  private String text;
  private String unquoted;

  SpeechText(List<Paragraphing.Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** The paragraphs' texts, in order. */
  List<String> paragraphs() {
    List<String> out = new ArrayList<>(blocks.size());
    for (Paragraphing.Block b : blocks) {
      out.add(b.text());
    }
    return out;
  }

  /** The speech's text. */
  String text() {
    if (text == null) {
      // each paragraph ends in a line feed; String.join makes the text in one copy
      String[] parts = new String[blocks.size() + 1];
      for (int i = 0; i < blocks.size(); i++) {
        parts[i] = blocks.get(i).text();
      }
      parts[blocks.size()] = "";
      text = String.join("\n", parts);
    }
    return text;
  }

  /**
   * The first {@code n} characters of {@link #text()} (all of it when shorter), joined from the
   * paragraphs it spans only: a rule that reads the speech's opening does not make the whole text
   * (issue 14).
   */
  String opening(int n) {
    if (text != null) {
      return text.substring(0, Math.min(text.length(), n));
    }
    if (!blocks.isEmpty() && blocks.get(0).text().length() >= n) {
      return blocks.get(0).text().substring(0, n); // within the first paragraph
    }
    // the paragraphs it spans, the last one cut, joined by String.join in one copy
    List<String> parts = new ArrayList<>();
    int length = 0;
    for (int i = 0; i < blocks.size() && length < n; i++) {
      String t = blocks.get(i).text();
      int take = Math.min(t.length(), n - length);
      parts.add(take == t.length() ? t : t.substring(0, take));
      length += take;
      if (length < n) {
        parts.add("\n");
        length++;
      }
    }
    return String.join("", parts);
  }

  /** The first paragraph's text, empty without paragraphs. */
  String firstBlock() {
    return blocks.isEmpty() ? "" : blocks.get(0).text();
  }

  /**
   * The text of {@link #text()} up to its first line feed: the first paragraph's first line, or all
   * the first paragraph; empty without paragraphs.
   */
  String firstParagraph() {
    if (blocks.isEmpty()) {
      return "";
    }
    String t = blocks.get(0).text();
    int end = t.indexOf('\n');
    return end < 0 ? t : t.substring(0, end);
  }

  /**
   * The speech's text with what stands between quotation marks blanked, offsets kept: a State
   * quoted ("Mr. X said: 'Brazil favours ...'") is not the speaker's. A quotation runs to the end
   * of its paragraph at most. Made from the paragraphs in one copy, and only when one holds a
   * quotation mark; else it is {@link #text()}.
   */
  String unquoted() {
    if (unquoted == null) {
      unquoted = quoted() ? blanked() : text();
    }
    return unquoted;
  }

  private boolean quoted() {
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.get(i).text();
      if (t.indexOf('\u201c') >= 0 || t.indexOf('\u00ab') >= 0 || t.indexOf('"') >= 0) {
        return true;
      }
    }
    return false;
  }

  private String blanked() {
    // The unquoted stretches of each paragraph and runs of spaces for the quoted ones, joined by
    // String.join, which sizes the result from its parts and copies each once: a buffer (a char
    // array, a StringBuilder) would be copied once more into the String, and for a text beyond
    // Latin-1 (curly quotes are) the String's constructor first tries, in vain, a Latin-1 copy.
    List<String> parts = new ArrayList<>(2 * blocks.size() + 16);
    for (int b = 0; b < blocks.size(); b++) {
      String t = blocks.get(b).text();
      int kept = 0; // t before this is in parts
      char close = 0;
      int open = 0; // where the quotation's blanked stretch starts
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (close == 0) {
          close =
              switch (ch) {
                case '\u201c' -> '\u201d';
                case '\u00ab' -> '\u00bb';
                case '"' -> '"';
                default -> 0;
              };
          open = i + 1;
        } else if (ch == close || ch == '\n') {
          close = 0;
          kept = blank(parts, t, kept, open, i);
        }
      }
      if (close != 0) {
        kept = blank(parts, t, kept, open, t.length()); // a quotation runs to the paragraph's end
      }
      if (kept == 0) {
        parts.add(t);
      } else {
        part(parts, t, kept, t.length());
      }
      parts.add("\n");
    }
    return String.join("", parts.toArray(new String[0]));
  }

  /**
   * Adds the text from {@code kept} to {@code from} and spaces from there to {@code to}; returns
   * {@code to}.
   */
  private static int blank(List<String> parts, String t, int kept, int from, int to) {
    if (to > from) {
      part(parts, t, kept, from);
      // the run of spaces as shared runs of 1, 2, 4, ... spaces, which String.join copies: a
      // quotation blanked makes no String of its own
      int n = to - from;
      for (int bit = SPACES.length - 1; bit >= 0; bit--) {
        while (n >= 1 << bit) {
          parts.add(SPACES[bit]);
          n -= 1 << bit;
        }
      }
      return to;
    }
    return kept;
  }

  /**
   * Adds {@code t[from, to)}, a curly quotation mark at either end as a shared String of its own:
   * the stretch between, Latin-1 most often, is then copied in one byte a character, where with the
   * mark it would take two, after a vain Latin-1 copy.
   */
  private static void part(List<String> parts, String t, int from, int to) {
    String last = null; // an opening mark that ends the stretch
    if (from < to && t.charAt(from) == '\u201d') {
      parts.add(CLOSE_QUOTE);
      from++;
    }
    if (from < to && t.charAt(to - 1) == '\u201c') {
      last = OPEN_QUOTE;
      to--;
    }
    if (from < to) {
      parts.add(t.substring(from, to));
    }
    if (last != null) {
      parts.add(last);
    }
  }

  /**
   * The input line of the paragraph that holds the speech text's offset; 0 when out of the text.
   */
  int lineAt(int offset) {
    int start = 0;
    for (Paragraphing.Block b : blocks) {
      int end = start + b.text().length();
      if (offset >= start && offset <= end) {
        return b.firstLine();
      }
      start = end + 1;
    }
    return 0;
  }
}
