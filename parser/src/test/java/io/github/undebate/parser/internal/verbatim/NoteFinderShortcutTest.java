package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.common.ResourceTable;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The note finder, which tries only the patterns a note's first character allows and looks for
 * their cues only in the part of the joined lines it has not read yet, finds what the plain way
 * finds: every pattern of {@code notes.tsv} in table order, its cues looked for in the whole joined
 * text, on every line of the corpora and of generated records full of near-notes and soft hyphens.
 */
class NoteFinderShortcutTest {
  private static final List<ResourceTable.Row> ROWS =
      ResourceTable.read(ProceduralNotes.class, "notes.tsv", 3, 3);
  private static final List<Pattern> PATTERNS =
      ROWS.stream().map(r -> Pattern.compile(r.cell(1))).toList();

  @Test
  void findsWhatThePlainWayFindsOnTheCorpora() {
    int notes = 0;
    for (String text : SampleTexts.corpusFiles().values()) {
      notes += compareAll(VerbatimReader.prepared(Line.split(text)));
    }
    assertThat(notes).isGreaterThan(100);
  }

  @Test
  void findsWhatThePlainWayFindsOnGeneratedRecords() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] pieces = {
      "The meeting ",
      "was called to order at 10 a.m.",
      "The Council ",
      "observed a minute of ",
      "silence.",
      "Mr. Wali (Nigeria), ",
      "took the Chair.",
      " the Chair",
      "Draft resolution ",
      "A/61/L.68 ",
      "was adopted",
      " (resolution 61/1).",
      "adop\u00AD",
      "ted.",
      "It was so ",
      "decided.",
      "vote was ",
      "taken.",
      "At the invitation of the President, ",
      "[",
      "]",
      ".",
      ")",
      "The President: ",
      "speech goes on ",
      "The agenda was adopted.",
      "-",
      "\u00AD",
      ""
    };
    int notes = 0;
    for (int record = 0; record < 300; record++) {
      StringBuilder text = new StringBuilder();
      for (int line = random.nextInt(40); line > 0; line--) {
        for (int k = random.nextInt(4); k >= 0; k--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        text.append(random.nextInt(8) == 0 ? "\n\n" : "\n");
      }
      notes += compareAll(VerbatimReader.prepared(Line.split(text.toString())));
    }
    assertThat(notes).as("seed %d", seed).isGreaterThan(100);
  }

  /** Compares the finder with the plain way at every line; how many notes both found. */
  private static int compareAll(List<Line> lines) {
    LabelLines labels = new LabelLines(lines);
    IntPredicate opensTurn = k -> labels.at(k).isPresent();
    ProceduralNotes.Finder finder = new ProceduralNotes.Finder();
    int found = 0;
    for (int i = 0; i < lines.size(); i++) {
      Optional<ProceduralNotes.Found> quick = finder.at(lines, i, opensTurn);
      assertThat(quick)
          .as("line %d: %s", i + 1, lines.get(i))
          .isEqualTo(plain(lines, i, opensTurn));
      found += quick.isPresent() ? 1 : 0;
    }
    return found;
  }

  /** The note at line {@code start} as the finder's description says, read the plain way. */
  private static Optional<ProceduralNotes.Found> plain(
      List<Line> lines, int start, IntPredicate opensTurn) {
    String first = lines.get(start).text();
    if (first.isEmpty() || !ProceduralNotes.mayOpen(first.charAt(0))) {
      return Optional.empty(); // a note opens with a capital or "[" (a line of a soft hyphen: no)
    }
    StringBuilder joined = new StringBuilder();
    for (int k = 0; k < ProceduralNotes.MAX_LINES && start + k < lines.size(); k++) {
      Line line = lines.get(start + k);
      if (line.isNoise() || line.isEmpty()) {
        break;
      }
      if (k > 0 && opensTurn.test(start + k)) {
        String printed = joined.toString();
        int lineCount = k;
        return firstMatch(printed + ".").map(r -> found(r, printed, lineCount));
      }
      TextJoin.append(joined, line.text());
      String last = line.text().substring(line.text().length() - 1);
      if (".)]".contains(last)) {
        int lineCount = k + 1;
        Optional<Integer> r = firstMatch(joined.toString());
        if (r.isPresent()) {
          return Optional.of(found(r.get(), joined.toString(), lineCount));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> firstMatch(String text) {
    for (int r = 0; r < ROWS.size(); r++) {
      List<String> cues = new ArrayList<>(ResourceTable.names(ROWS.get(r).cell(2)));
      boolean cued = cues.isEmpty() || cues.stream().anyMatch(text::contains);
      if (cued && PATTERNS.get(r).matcher(text).matches()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static ProceduralNotes.Found found(int r, String text, int lines) {
    return new ProceduralNotes.Found(NoteKind.of(ROWS.get(r)), text, lines);
  }
}
