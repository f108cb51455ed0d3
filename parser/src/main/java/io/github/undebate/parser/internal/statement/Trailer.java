package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops what a site prints after the closing formula ("Links:", link rows, addresses): short
 * paragraphs that end no sentence, after a closing among the last eight paragraphs.
 */
final class Trailer {
  private static final int CLOSING_REACH = 8;
  private static final int MAX_WORDS = 20;

  private Trailer() {}

  /** The paragraphs without the trailer; each paragraph dropped is said removed. */
  static List<Paragraphing.Block> strip(List<Paragraphing.Block> blocks, List<Diagnostic> diags) {
    int closing = -1;
    for (int i = Math.max(0, blocks.size() - CLOSING_REACH); i < blocks.size(); i++) {
      if (Formulas.isClosing(blocks.get(i).text())) {
        closing = i;
      }
    }
    if (closing < 0) {
      return blocks;
    }
    for (int i = closing + 1; i < blocks.size(); i++) {
      String t = blocks.get(i).text();
      if (Formulas.isClosing(t)) {
        continue;
      }
      if (WordCount.of(t) > MAX_WORDS || SentenceEnds.endsSentence(t) && !t.endsWith(":")) {
        return blocks; // the speech goes on after the closing
      }
    }
    List<Paragraphing.Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Paragraphing.Block b = blocks.get(i);
      if (i > closing && !Formulas.isClosing(b.text())) {
        diags.add(Removals.removed("site_chrome", b.firstLine(), b.text()));
      } else {
        out.add(b);
      }
    }
    return out;
  }
}
