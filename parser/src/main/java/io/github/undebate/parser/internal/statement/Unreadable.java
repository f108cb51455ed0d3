package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.language.TextLanguage;
import java.util.List;

/**
 * Whether the text reads as no known language (OCR run on the wrong script, say): such a text is
 * not made into paragraphs, but it is not lost either, each line being said removed.
 */
final class Unreadable {
  private Unreadable() {}

  /**
   * Whether the lines from {@code from} on are unreadable ({@link TextLanguage#unreadable}); if so,
   * the error and a removal for each line are said. The check reads {@code folded}, the lines as
   * {@link LineCleaning#fold} gives them: the printed lines' letters and words with white space
   * folded, so the same words and the same answer, without a String of each printed line.
   */
  static boolean check(List<Line> lines, int from, List<String> folded, List<Diagnostic> diags) {
    if (!TextLanguage.unreadable(folded)) {
      return false;
    }
    diags.add(
        new Diagnostic(
            Severity.ERROR,
            "text.unreadable",
            from + 1,
            "the text reads as no known language (OCR garbage?); no paragraphs were made",
            ""));
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        diags.add(
            Removals.removed("unreadable_text", lines.get(i).number(), lines.get(i).printed()));
      }
    }
    return true;
  }
}
