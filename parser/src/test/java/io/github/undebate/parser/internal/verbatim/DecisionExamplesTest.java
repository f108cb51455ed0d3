package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Note;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decisions of a few lines of record text, as the whole body is read and assembled: the
 * examples in {@code src/test/resources/verbatim/rules/decisions.txt} ("Draft resolution A/61/L.66
 * was adopted (resolution 61/294)." is a vote without a vote; "... adopted by 123 votes to 1, with
 * 55 abstentions" after the lists gives the lists' totals). Each example names the part of the
 * reader it shows; to test a new shape, copy an example.
 */
class DecisionExamplesTest {
  private static final CitationFinder CITATIONS = CitationFinder.create();

  static Stream<RuleExample> decisions() {
    return RuleExample.read("decisions.txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void decision(RuleExample example) {
    assertThat(read(example.input())).as(example.toString()).isEqualTo(example.expected());
  }

  /** The lines read as a General Assembly record's body, and assembled. */
  static Debate assemble(String input) {
    List<Line> lines = VerbatimReader.prepared(Line.split(input));
    List<Diagnostic> diagnostics = new ArrayList<>();
    BodyState state =
        new BodyState(
            lines, 0, new LabelLines(lines), new HeadingLines(lines, List.of()), diagnostics);
    List<Block> blocks = BodyReader.read(state);
    RecordHeader header = RecordHeader.builder().body(Body.GENERAL_ASSEMBLY).build();
    return new Assembly(header, blocks, diagnostics, CITATIONS).build();
  }

  /** The notes and votes of the lines, read as a General Assembly record's body. */
  static String read(String input) {
    Debate debate = assemble(input);
    List<String> out = new ArrayList<>();
    for (Proceeding p : debate.proceedings()) {
      if (p instanceof Note n) {
        out.add("note: " + n.text());
      } else if (p instanceof Vote v) {
        out.add(vote(v));
        if (v.method() != VoteMethod.WITHOUT_VOTE) {
          out.add("  in favour: " + String.join("; ", v.inFavour()));
          out.add("  against: " + String.join("; ", v.against()));
          out.add("  abstaining: " + String.join("; ", v.abstaining()));
        }
      }
    }
    return String.join("\n", out);
  }

  private static String vote(Vote v) {
    return "vote "
        + v.method().name().toLowerCase(Locale.ROOT)
        + " | draft "
        + v.draft().orElse("-")
        + " | lists "
        + v.inFavour().size()
        + "-"
        + v.against().size()
        + "-"
        + v.abstaining().size()
        + " | totals "
        + v.totals().map(t -> t.inFavour() + "-" + t.against() + "-" + t.abstaining()).orElse("-")
        + " | "
        + v.outcome().name().toLowerCase(Locale.ROOT)
        + " | "
        + v.resolution().orElse("-");
  }
}
