package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the statements of a bilingual record keep the interpreter's rendering apart from the speech:
 * the examples in {@code src/test/resources/verbatim/rules/interpretations.txt} (English
 * paragraphs, then the same speech in French: the French is the statement's interpretation; a
 * French quotation, a "(spoke in French)" speech or a French speech alone is speech). Each example
 * names the part of the reader it shows; to test a new shape, copy an example.
 */
class InterpretationExamplesTest {
  static Stream<RuleExample> interpretations() {
    return RuleExample.read("interpretations.txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interpretations")
  void interpretation(RuleExample example) {
    assertThat(read(example.input())).as(example.toString()).isEqualTo(example.expected());
  }

  /** The statements of the lines, read as a General Assembly record's body. */
  static String read(String input) {
    Debate debate = DecisionExamplesTest.assemble(input);
    List<String> out = new ArrayList<>();
    for (Proceeding p : debate.proceedings()) {
      if (p instanceof Statement s) {
        Speaker who = debate.speaker(s.speakerId()).orElseThrow();
        out.add("statement " + who.raw() + " | language " + s.language().orElse("-"));
        for (Paragraph para : s.paragraphs()) {
          out.add("  body: " + gist(para.text()));
        }
        for (Interpretation in : s.interpretations()) {
          for (Paragraph para : in.paragraphs()) {
            out.add("  interpretation " + in.language() + ": " + gist(para.text()));
          }
        }
      } else {
        out.add(p.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (Diagnostic d : debate.diagnostics()) {
      if (d.code().startsWith("statement.interpretation")
          || d.code().equals("removed.interpretation_note")
          || d.code().equals("language.switch")) {
        out.add("diagnostic " + d.code());
      }
    }
    return String.join("\n", out);
  }

  /** The paragraph's first five words and its length in words. */
  private static String gist(String text) {
    String[] words = text.split("\\s+");
    return Arrays.stream(words).limit(5).collect(Collectors.joining(" "))
        + " ... ("
        + WordCount.of(text)
        + " words)";
  }
}
