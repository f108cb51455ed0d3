package io.github.undebate.parser.internal.noise;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.PatternSet;
import io.github.undebate.parser.internal.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of a verbatim record that belong to the printed page, not to the meeting: running
 * heads, page and job numbers, barcodes and the correction notice, most of them only near a page
 * break. The patterns live in {@code page-noise.tsv} and {@code boilerplate.tsv}. (A statement's
 * noise lines are {@link StatementPageNoise}'s.)
 */
public final class RecordPageNoise {
  /** How near (in lines) a weak pattern must be to a page break to count. */
  private static final int ZONE = 4;

  /**
   * A pattern's strength (strong lines are noise anywhere, weak ones near a page break) and kind.
   */
  private record Rule(boolean strong, NoiseKind what) {}

  private static final List<Rule> RULES = new ArrayList<>();
  private static final PatternSet PATTERNS;
  private static final PatternSet BLOCK_STARTS;
  private static final List<Pattern> BLOCK_ENDS = new ArrayList<>();

  static {
    List<PatternSet.Entry> patterns = new ArrayList<>();
    for (ResourceTable.Row row :
        ResourceTable.read(RecordPageNoise.class, "page-noise.tsv", 4, 4)) {
      if (!row.cell(0).equals("strong") && !row.cell(0).equals("weak")) {
        throw row.malformed("strength must be strong or weak, was \"" + row.cell(0) + "\"");
      }
      NoiseKind what =
          NoiseKind.ofCode(row.cell(1))
              .orElseThrow(() -> row.malformed("unknown noise kind \"" + row.cell(1) + "\""));
      RULES.add(new Rule(row.cell(0).equals("strong"), what));
      patterns.add(
          new PatternSet.Entry(Pattern.compile(row.cell(2)), ResourceTable.names(row.cell(3))));
    }
    List<PatternSet.Entry> starts = new ArrayList<>();
    for (ResourceTable.Row row :
        ResourceTable.read(RecordPageNoise.class, "boilerplate.tsv", 2, 2)) {
      if (row.cell(0).equals("start")) {
        starts.add(new PatternSet.Entry(Pattern.compile(row.cell(1)), List.of()));
      } else if (row.cell(0).equals("end")) {
        BLOCK_ENDS.add(Pattern.compile(row.cell(1)));
      } else {
        throw row.malformed("first column must be start or end, was \"" + row.cell(0) + "\"");
      }
    }
    PATTERNS = PatternSet.of(patterns);
    BLOCK_STARTS = PatternSet.of(starts);
  }

  private RecordPageNoise() {}

  /**
   * Classifies the lines of a verbatim record as page noise in place: every line that is noise is
   * replaced by the same line {@link Line#withNoise with its kind}.
   *
   * @param lines the record's lines, their text stripped and repaired
   */
  public static void classify(List<Line> lines) {
    int n = lines.size();
    NoiseKind[] kind = new NoiseKind[n];
    // One set of matchers for the whole call: they stay local, so the call is safe to run in
    // parallel.
    PatternSet.Matching rules = PATTERNS.matching();
    PatternSet.Matching starts = BLOCK_STARTS.matching();
    Matcher[] ends = matchers(BLOCK_ENDS);
    for (int i = 0; i < n; i++) {
      if (kind[i] != null) {
        continue;
      }
      String line = lines.get(i).text();
      if (startsBlock(starts, line)) {
        int end = blockEnd(ends, lines, i);
        for (int j = i; j <= end; j++) {
          kind[j] = NoiseKind.BOILERPLATE;
        }
        i = end;
        continue;
      }
      kind[i] = first(rules, line, true);
    }
    // Weak patterns need a page break nearby: a strong noise line or an empty line.
    boolean[] near = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean pageBreak = kind[i] != null || lines.get(i).pageBreak() || i == 0 || i == n - 1;
      if (pageBreak) {
        for (int j = Math.max(0, i - ZONE); j <= Math.min(n - 1, i + ZONE); j++) {
          near[j] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && near[i]) {
        kind[i] = first(rules, lines.get(i).text(), false);
      }
    }
    for (int i = 0; i < n; i++) {
      if (kind[i] != null) {
        lines.set(i, lines.get(i).withNoise(kind[i]));
      }
    }
  }

  /** The kind of the first strong (or weak) rule that matches the whole line, or null. */
  private static NoiseKind first(PatternSet.Matching rules, String line, boolean strong) {
    for (int r : rules.candidates(line)) {
      if (RULES.get(r).strong == strong && rules.matches(r, line)) {
        return RULES.get(r).what;
      }
    }
    return null;
  }

  /**
   * Marks as running heads the lines that print only the record's title right next to other
   * running-head parts, as extractors that split a running head over lines leave it ("S/PV.8700",
   * "The situation in the Middle East", "10/01/2020").
   *
   * @param from the first line to look at (the body's first line)
   */
  public static void markTitles(List<Line> lines, String title, int from) {
    String key = fold(title);
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (lines.get(i).isNoise() || !foldsTo(lines.get(i).text(), key)) {
        continue;
      }
      for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
        Optional<NoiseKind> near = lines.get(j).noise();
        if (j != i && near.isPresent() && near.get() != NoiseKind.BOILERPLATE) {
          lines.set(i, lines.get(i).withNoise(NoiseKind.RUNNING_HEAD));
          break;
        }
      }
    }
  }

  private static String fold(String s) {
    return Whitespace.fold(s).strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether {@code fold(line)} equals {@code key}. Its ASCII part is compared as it folds, without
   * building the folded copy, so that most lines are told apart at their first character; the first
   * other character hands the line to the full fold.
   */
  private static boolean foldsTo(String line, String key) {
    int lo = Whitespace.stripStart(line, 0, line.length());
    int hi = Whitespace.stripEnd(line, lo, line.length());
    int k = 0;
    for (int i = lo; i < hi; i++) {
      char c = line.charAt(i);
      if (c >= 0x80) {
        // Lower-casing beyond ASCII may depend on what follows: fold the whole line.
        return fold(line).equals(key);
      }
      if (Whitespace.isSpace(c)) {
        while (i + 1 < hi && Whitespace.isSpace(line.charAt(i + 1))) {
          i++;
        }
        c = ' ';
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (k >= key.length() || key.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == key.length();
  }

  private static Matcher[] matchers(List<Pattern> patterns) {
    Matcher[] matchers = new Matcher[patterns.size()];
    for (int k = 0; k < matchers.length; k++) {
      matchers[k] = patterns.get(k).matcher("");
    }
    return matchers;
  }

  private static boolean startsBlock(PatternSet.Matching starts, String line) {
    for (int k : starts.candidates(line)) {
      if (starts.lookingAt(k, line)) {
        return true;
      }
    }
    return false;
  }

  private static int blockEnd(Matcher[] ends, List<Line> lines, int start) {
    for (int j = start; j < Math.min(lines.size(), start + 12); j++) {
      for (Matcher m : ends) {
        if (m.reset(lines.get(j).text()).find()) {
          return j;
        }
      }
    }
    return start;
  }
}
