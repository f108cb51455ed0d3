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
