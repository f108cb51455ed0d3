package io.github.undebate.parser.internal.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The speech as one text, each paragraph ended by a line break: joined only when a rule reads the
 * whole speech at once.
 */
final class SpeechText {
  private final List<Paragraphing.Block> blocks;
  private String text;
  private QuotedStretches quotations;

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
   * Where the speech's text stands between quotation marks: a State quoted ("Mr. X said: 'Brazil
   * favours ...'") is not the speaker's. A quotation runs from after its opening mark to its
   * closing mark, the end of its line or of its paragraph, whichever comes first. Found with {@code
   * indexOf} in the joined text, not a character at a time, and kept as offsets: the text is not
   * copied with them blanked (issue 14).
   */
  QuotedStretches quotations() {
    if (quotations == null) {
      quotations = findQuotations();
    }
    return quotations;
  }

  private QuotedStretches findQuotations() {
    // read in the joined text, where every paragraph ends in a line feed: a quotation that runs
    // to its paragraph's end runs to that line feed, as to any other
    String t = text();
    int[] starts = null;
    int[] ends = null;
    int count = 0;
    OpeningMarks marks = new OpeningMarks(t);
    int feed = 0; // where the line feed next stands
    int from = 0;
    while (true) {
      int open = marks.next(from);
      if (open < 0) {
        break;
      }
      char mark = t.charAt(open);
      char closing = mark == '\u201c' ? '\u201d' : mark == '\u00ab' ? '\u00bb' : '"';
      feed = feed >= 0 && feed <= open ? t.indexOf('\n', open + 1) : feed;
      // the text ends in a line feed: a quotation is closed by a mark or by one
      int close = OpeningMarks.first(t.indexOf(closing, open + 1), feed);
      if (close < 0) {
        close = t.length(); // no paragraph: no text
      }
      if (close > open + 1) {
        if (starts == null) {
          starts = new int[8];
          ends = new int[8];
        } else if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, 2 * count);
          ends = java.util.Arrays.copyOf(ends, 2 * count);
        }
        starts[count] = open + 1;
        ends[count] = close;
        count++;
      }
      from = close + 1; // the closing mark or line feed opens nothing
    }
    return count == 0 ? QuotedStretches.none(t) : QuotedStretches.of(t, starts, ends, count);
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
