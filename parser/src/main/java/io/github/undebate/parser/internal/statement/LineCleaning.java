package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.Removals;
import io.github.undebate.parser.internal.noise.InlineCleaning;
import io.github.undebate.parser.internal.noise.NoiseKind;
import io.github.undebate.parser.internal.noise.StatementPageNoise;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cleans each line of a statement ({@link InlineCleaning}) and tells page noise from text ({@link
 * StatementPageNoise}), making the {@link SpeechLine}s the rest of the reader reads. Every removal
 * is a diagnostic.
 */
final class LineCleaning {
  private LineCleaning() {}

  /**
   * Cleans and classifies the lines from {@code from} on.
   *
   * @param lines the input lines
   * @param from the first line to read (after any front matter)
   * @param diagnostics receives a removal diagnostic for everything taken out
   */
  static List<SpeechLine> clean(List<Line> lines, int from, List<Diagnostic> diagnostics) {
    Map<String, Integer> repeats = new HashMap<>();
    String[] folded = new String[lines.size() - from];
    for (int i = from; i < lines.size(); i++) {
      String t = Whitespace.clean(lines.get(i).printed());
      folded[i - from] = t;
      if (!t.isEmpty()) {
        repeats.merge(t, 1, Integer::sum);
      }
    }
    List<SpeechLine> out = new ArrayList<>();
    InlineCleaning inline = new InlineCleaning();
    for (int i = from; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = inline.clean(line.number(), line.printed(), folded[i - from], diagnostics);
      out.add(classify(line.number(), folded[i - from], text, repeats, diagnostics));
    }
    return out;
  }

  private static SpeechLine classify(
      int number,
      String foldedOriginal,
      String text,
      Map<String, Integer> repeats,
      List<Diagnostic> diags) {
    if (text.isEmpty()) {
      if (!foldedOriginal.isEmpty()) {
        return new SpeechLine(number, "", SpeechLine.Kind.SEPARATOR);
      }
      return new SpeechLine(number, "", SpeechLine.Kind.BLANK);
    }
    Optional<NoiseKind> kind = StatementPageNoise.of(text, repeats.getOrDefault(foldedOriginal, 0));
    if (kind.isEmpty()) {
      return new SpeechLine(number, text, SpeechLine.Kind.TEXT);
    }
    diags.add(Removals.removed(kind.get(), number, text));
    return new SpeechLine(
        number,
        "",
        kind.get().endsParagraph() ? SpeechLine.Kind.SEPARATOR : SpeechLine.Kind.PAGE_BREAK);
  }
}
