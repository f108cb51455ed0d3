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
    for (Paragraphing.Block b : blocks) {
      String t = b.text();
      if (t.indexOf('\u201c') >= 0 || t.indexOf('\u00ab') >= 0 || t.indexOf('"') >= 0) {
        return true;
      }
    }
    return false;
  }

  private String blanked() {
    int length = 0;
    for (Paragraphing.Block b : blocks) {
      length += b.text().length() + 1;
    }
    // a char array, not a StringBuilder: a text with curly quotes is not Latin-1, and a builder
    // would copy itself once more to widen
    char[] out = new char[length];
    int at = 0;
    for (Paragraphing.Block b : blocks) {
      String t = b.text();
      t.getChars(0, t.length(), out, at);
      char close = 0;
      for (int i = at; i < at + t.length(); i++) {
        char ch = out[i];
        if (close == 0) {
          close =
              switch (ch) {
                case '\u201c' -> '\u201d';
                case '\u00ab' -> '\u00bb';
                case '"' -> '"';
                default -> 0;
              };
        } else if (ch == close || ch == '\n') {
          close = 0;
        } else {
          out[i] = ' ';
        }
      }
      at += t.length();
      out[at++] = '\n';
    }
    return new String(out);
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
