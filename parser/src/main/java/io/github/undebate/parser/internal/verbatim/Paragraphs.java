package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.Percentile;
import io.github.undebate.parser.internal.text.SentenceEnds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts turns into paragraphs by the record's own layout: where the record indents a paragraph's
 * first line (some lines indented, most not), an indented line starts one; else a line that ends a
 * sentence well short of the record's usual line width ends one. A paragraph number or a blank line
 * after a sentence always starts one. Not safe to share between threads.
 */
final class Paragraphs {
  /** A line this much shorter than the usual width, ending a sentence, ends a paragraph. */
  private static final double SHORT_LINE = 0.8;

  private final double width;
  private final boolean indentStyle;

  /** The lines of the paragraph being joined, one array for all turns. */
  private String[] parts = new String[16];

  private int count;

  /** The buffer a paragraph with a line-end hyphen is joined in, one for all turns. */
  private final StringBuilder buffer = new StringBuilder();

  /** The layout of the record whose turns these are. */
  Paragraphs(List<Block.Turn> turns) {
    int all = 0;
    for (Block.Turn t : turns) {
      all += t.lines().size();
    }
    int[] lengths = new int[all];
    int indented = 0;
    int next = 0;
    for (Block.Turn t : turns) {
      for (Block.Spoken s : t.lines()) {
        lengths[next++] = s.text().length();
        if (s.indented()) {
          indented++;
        }
      }
    }
    // the 90th percentile of line lengths: the width of a full line
    this.width = lengths.length == 0 ? 60 : Percentile.of(lengths, 0.9);
    this.indentStyle = all > 0 && indented > all / 20 && indented < all * 6 / 10;
  }

  /** The turn's paragraphs, wraps joined, none blank. */
  List<String> of(Block.Turn turn) {
    List<Block.Spoken> lines = turn.lines();
    List<String> out = new ArrayList<>();
    count = 0;
    // whether every part is its line's whole compared text, which the reader folded: then the
    // joined paragraph is folded too and need not be searched for two spaces in a row
    boolean whole = true;
    for (int k = 0; k < lines.size(); k++) {
      if (count > 0 && breaksBefore(lines, k)) {
        out.add(TextJoin.joined(parts, count, buffer, whole));
        count = 0;
        whole = true;
      }
      Block.Spoken spoken = lines.get(k);
      String line = spoken.text();
      if (!line.isEmpty()) {
        if (count == parts.length) {
          parts = Arrays.copyOf(parts, count * 2);
        }
        parts[count++] = line;
        whole &= line == spoken.line().text(); // the same String: the line's text, not a cut
      }
    }
    if (count > 0) {
      out.add(TextJoin.joined(parts, count, buffer, whole));
    }
    out.removeIf(String::isBlank);
    return out;
  }

  private boolean breaksBefore(List<Block.Spoken> lines, int k) {
    if (k == 0) {
      return false;
    }
    if (lines.get(k).breakBefore()) {
      return true;
    }
    if (indentStyle) {
      return lines.get(k).indented();
    }
    String prev = lines.get(k - 1).text();
    return SentenceEnds.endsSentenceOrQuote(prev) && prev.length() < width * SHORT_LINE;
  }
}
