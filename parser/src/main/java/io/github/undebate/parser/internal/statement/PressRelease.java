package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops a press release's narrative around the speech it carries: everything up to a paragraph
 * announcing "the full remarks ... as prepared for delivery:" ({@code speech-openers.txt}), and a
 * short heading right after it.
 */
final class PressRelease {
  private static final List<String> SPEECH_OPENERS =
      ResourceTable.lowerCasePhrases(PressRelease.class, "speech-openers.txt");
  private static final int MAX_OPENER_WORDS = 40;
  private static final int MAX_HEADING_WORDS = 8;

  private PressRelease() {}

  /** The paragraphs of the speech alone; each paragraph dropped is said removed. */
  static List<Paragraphing.Block> strip(List<Paragraphing.Block> blocks, List<Diagnostic> diags) {
    int opener = -1;
    for (int i = 0; i + 1 < blocks.size(); i++) {
      // lower-casing keeps the whitespace and the closing colon, so both are read first
      String text = blocks.get(i).text();
      if (text.strip().endsWith(":") && WordCount.of(text) <= MAX_OPENER_WORDS) {
        String t = text.toLowerCase(Locale.ROOT);
        if (SPEECH_OPENERS.stream().anyMatch(t::contains)) {
          opener = i;
          break;
        }
      }
    }
    if (opener < 0) {
      return blocks;
    }
    List<Paragraphing.Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Paragraphing.Block b = blocks.get(i);
      if (i <= opener) {
        diags.add(Removals.removed("press_release", b.firstLine(), b.text()));
      } else if (i == opener + 1
          && WordCount.of(b.text()) <= MAX_HEADING_WORDS
          && !SentenceEnds.endsSentence(b.text())
          && !Formulas.isSalutation(b.text())) {
        diags.add(Removals.removed("heading", b.firstLine(), b.text()));
      } else {
        out.add(b);
      }
    }
    return out;
  }
}
