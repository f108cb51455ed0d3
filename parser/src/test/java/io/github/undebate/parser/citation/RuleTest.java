package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import org.junit.jupiter.api.Test;

/** Rules of procedure, on sentences from the corpus. */
class RuleTest {

  @Test
  void rulesOfTheProvisionalRulesOfProcedure() {
    assertThat(
            Citations.in(
                "In accordance with rule 37 of the Council’s provisional rules of procedure, I"
                    + " invite the representative of the Syrian Arab Republic",
                Body.SECURITY_COUNCIL))
        .containsExactly("rule Rules of procedure, rule 37");
    assertThat(
            Citations.in(
                "Rule 36 of the Council’s provisional rules of procedure states, inter alia, the"
                    + " following:"))
        .containsExactly("rule Rules of procedure, rule 36");
    assertThat(Citations.in("I invite them under rules 37 and 39 to participate"))
        .containsExactly("rule Rules of procedure, rule 37", "rule Rules of procedure, rule 39");
  }

  @Test
  void aSingularRuleIsNoList() {
    assertThat(Citations.in("Under rule 37, 5 speakers were invited."))
        .containsExactly("rule Rules of procedure, rule 37");
  }

  @Test
  void otherRulesAreNot() {
    assertThat(Citations.in("the primacy of the rule of law and rule 10 of the Statute")).isEmpty();
  }
}
