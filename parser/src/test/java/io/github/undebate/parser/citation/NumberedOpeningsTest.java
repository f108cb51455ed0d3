package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule and decision forms make their matchers only from the first opening of their word that a
 * number follows ({@link Openings.Cursor#nextNumbered}): every match of their patterns, in the test
 * corpus and in made-up texts, opens at such an opening, and the openings without a number ("the
 * rule of law", "decisions to conduct") are passed over.
 */
class NumberedOpeningsTest {
  private static List<String> texts() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "the rule of law and rule 37, rules 37 and 39; Rule\t36 and RULES 1",
                "decision 68/505, decisions to conduct, Decision\n5/101 and DECISIONS 1/2",
                "rule",
                "rule ",
                "rule 9",
                "ruled 5 and rules5 and rule\u00a05"));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    return texts;
  }

  private static void everyMatchOpensAtANumberedOpening(Pattern pattern, Openings words)
      throws IOException {
    int matches = 0;
    int passedOver = 0;
    for (String text : texts()) {
      Matcher m = pattern.matcher(text).useTransparentBounds(true);
      while (m.find()) {
        matches++;
        assertThat(words.in(text).nextNumbered(m.start())).as(text).isEqualTo(m.start());
      }
      Openings.Cursor cursor = words.in(text);
      for (int i = cursor.next(0); i >= 0; i = cursor.next(i + 1)) {
        passedOver += words.in(text).nextNumbered(i) == i ? 0 : 1;
      }
    }
    assertThat(matches).isGreaterThan(5);
    assertThat(passedOver).isGreaterThan(5);
  }

  @Test
  void everyRuleByNumberOpensAtANumberedOpening() throws IOException {
    everyMatchOpensAtANumberedOpening(RuleReferences.RULE, RuleReferences.RULE_OPENINGS);
  }

  @Test
  void everyDecisionByNumberOpensAtANumberedOpening() throws IOException {
    everyMatchOpensAtANumberedOpening(DecisionReferences.DECISION, DecisionReferences.OPENINGS);
  }
}
