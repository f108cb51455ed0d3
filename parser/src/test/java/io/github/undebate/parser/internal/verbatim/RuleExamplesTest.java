package io.github.undebate.parser.internal.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the verbatim reader on a few lines of record text: the examples in {@code
 * src/test/resources/verbatim/rules}, one file per reader (body rules, header fields, label forms).
 * Each example says what the reader makes of its lines; and that without its rule the reader makes
 * something else of them, so that the example really shows the rule at work. To test a new rule,
 * copy an example and change it.
 */
class RuleExamplesTest {
  static Stream<RuleExample> body() {
    return RuleExample.read("body-rules.txt").stream();
  }

  static Stream<RuleExample> header() {
    return RuleExample.read("header-fields.txt").stream();
  }

  static Stream<RuleExample> labels() {
    return RuleExample.read("label-forms.txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("body")
  void bodyRule(RuleExample example) {
    List<BodyRule> rules = BodyReader.RULES;
    assertThat(readBody(example.input(), rules))
        .as(example.toString())
        .isEqualTo(example.expected());
    assertThat(readBody(example.input(), without(rules, example.rule())))
        .as("%s: without %s the lines read otherwise", example, example.rule())
        .isNotEqualTo(example.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("header")
  void headerField(RuleExample example) {
    List<HeaderField> fields = HeaderReader.FIELDS;
    assertThat(readHeader(example.input(), fields))
        .as(example.toString())
        .isEqualTo(example.expected());
    assertThat(readHeader(example.input(), without(fields, example.rule())))
        .as("%s: without %s the header reads otherwise", example, example.rule())
        .isNotEqualTo(example.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labels")
  void labelForm(RuleExample example) {
    String label = label(example.input());
    List<LabelForm> forms = SpeakerLabel.FORMS;
    assertThat(RuleExampleRendering.label(SpeakerLabel.read(label, forms)))
        .as(example.toString())
        .isEqualTo(example.expected());
    if (!example.rule().equals(LabelTail.class.getSimpleName())
        && !example.expected().equals(RuleExampleRendering.NO_LABEL)) {
      assertThat(
              RuleExampleRendering.label(SpeakerLabel.read(label, without(forms, example.rule()))))
          .as("%s: without %s the label reads otherwise", example, example.rule())
          .isNotEqualTo(example.expected());
    }
  }

  /** The label's lines stripped and joined by single spaces, as the reader joins them. */
  static String label(String input) {
    return String.join(" ", input.lines().map(String::strip).toList());
  }

  private static String readBody(String input, List<BodyRule> rules) {
    List<Line> lines = VerbatimReader.prepared(Line.split(input));
    List<Diagnostic> diagnostics = new ArrayList<>();
    BodyState state =
        new BodyState(
            lines, 0, new LabelLines(lines), new HeadingLines(lines, List.of()), diagnostics);
    try {
      return RuleExampleRendering.body(BodyReader.read(state, rules), diagnostics);
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  private static String readHeader(String input, List<HeaderField> fields) {
    List<Line> lines = VerbatimReader.prepared(Line.split(input));
    return RuleExampleRendering.header(HeaderReader.read(lines, lines.size(), fields));
  }

  /** The rules without the one the example names; the name must be one of them. */
  private static <T> List<T> without(List<T> rules, String name) {
    Function<T, String> nameOf = r -> r.getClass().getSimpleName();
    assertThat(rules.stream().map(nameOf))
        .as("the example names a rule of the reader")
        .contains(name);
    return rules.stream().filter(r -> !nameOf.apply(r).equals(name)).toList();
  }
}
