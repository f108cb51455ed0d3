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
import java.util.function.IntSupplier;

/**
 * Cleans each line of a statement ({@link InlineCleaning}) and tells page noise from text ({@link
 * StatementPageNoise}), making the lines the rest of the reader reads: a line of words keeps its
 * cleaned text, any other line has an empty text, and page noise says its {@link NoiseKind} ({@link
 * LineKind} reads them). Every removal is a diagnostic.
 */
final class LineCleaning {
  /** The longest line whose buffer a thread keeps for the next text. */
  private static final int KEPT = 1 << 14;

  private static final ThreadLocal<Whitespace.Buffer> BUFFERS =
      ThreadLocal.withInitial(() -> new Whitespace.Buffer(KEPT / 16));

  private LineCleaning() {}

  /**
   * Cleans and classifies the lines from {@code from} on.
   *
   * @param lines the input lines
   * @param from the first line to read (after any front matter)
   * @param diagnostics receives a removal diagnostic for everything taken out
   */
  static List<Line> clean(List<Line> lines, int from, List<Diagnostic> diagnostics) {
    return clean(lines, from, fold(lines, from), diagnostics);
  }

  /**
   * Each line from {@code from} on as {@link Line#cleaned()} gives it: what {@link #clean(List,
   * int, String[], List)} reads, and what the readability check can read instead of the printed
   * lines (the same words).
   */
  static String[] fold(List<Line> lines, int from) {
    String[] folded = new String[lines.size() - from];
    int longest = 0;
    for (int i = from; i < lines.size(); i++) {
      longest = Math.max(longest, lines.get(i).printedLength());
    }
    // every line is read through the buffer: one kept per thread, not one per text, unless a line
    // is so long that keeping its buffer would pin it
    Whitespace.Buffer buffer = longest <= KEPT ? BUFFERS.get() : new Whitespace.Buffer(longest);
    for (int i = from; i < lines.size(); i++) {
      folded[i - from] = lines.get(i).cleaned(buffer);
    }
    return folded;
  }

  /**
   * Cleans and classifies the lines from {@code from} on, {@code folded} being {@link #fold}'s.
   *
   * @param lines the input lines
   * @param from the first line to read (after any front matter)
   * @param folded the lines folded
   * @param diagnostics receives a removal diagnostic for everything taken out
   */
  static List<Line> clean(
      List<Line> lines, int from, String[] folded, List<Diagnostic> diagnostics) {
    Repeats repeats = new Repeats(folded);
    List<Line> out = new ArrayList<>(lines.size() - from);
    InlineCleaning inline = new InlineCleaning();
    for (int i = from; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = inline.clean(line, folded[i - from], diagnostics);
      out.add(classify(line, folded[i - from], text, repeats, diagnostics));
    }
    return out;
  }

  /**
   * How often each line (folded) stands in the text, for the banner rule: counted at the first line
   * that may be a banner, as most texts have none.
   */
  private static final class Repeats implements IntSupplier {
    private final String[] folded;
    private Map<String, Integer> counts;

    /** The line {@link #getAsInt} counts: one supplier for all lines, not a lambda per line. */
    private String line;

    Repeats(String[] folded) {
      this.folded = folded;
    }

    Repeats of(String line) {
      this.line = line;
      return this;
    }

    @Override
    public int getAsInt() {
      return count(line);
    }

    private int count(String line) {
      if (counts == null) {
        counts = new HashMap<>();
        for (String t : folded) {
          if (!t.isEmpty()) {
            counts.merge(t, 1, Integer::sum);
          }
        }
      }
      return counts.getOrDefault(line, 0);
    }
  }

  private static Line classify(
      Line line, String foldedOriginal, String text, Repeats repeats, List<Diagnostic> diags) {
    if (text.isEmpty()) {
      if (!foldedOriginal.isEmpty()) {
        // inline cleaning left nothing of a line that had something: markup only
        return line.withText("").withNoise(NoiseKind.MARKUP);
      }
      return line.withText("");
    }
    Optional<NoiseKind> kind = StatementPageNoise.of(text, repeats.of(foldedOriginal));
    if (kind.isEmpty()) {
      return line.withText(text);
    }
    diags.add(Removals.removed(kind.get(), line.number(), text));
    return line.withText("").withNoise(kind.get());
  }
}
