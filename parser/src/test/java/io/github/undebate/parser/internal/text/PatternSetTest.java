package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern is tried only where its first character and one of its cues stand. */
class PatternSetTest {
  private final PatternSet.Matching notes =
      PatternSet.of(
              List.of(
                  new PatternSet.Entry(Pattern.compile("The meeting rose\\."), List.of("rose")),
                  new PatternSet.Entry(
                      Pattern.compile("(?:Mr|The)\\b[^.]{0,40} took the Chair\\."),
                      List.of("the Chair")),
                  new PatternSet.Entry(Pattern.compile("\\d{1,3}"), List.of())))
          .matching();

  @Test
  void candidatesAreThePatternsThatCanBeginWithTheFirstCharacter() {
    assertThat(notes.candidates("The meeting rose.")).containsExactly(0, 1);
    assertThat(notes.candidates("Mr. Wali took the Chair.")).containsExactly(1);
    assertThat(notes.candidates("12")).containsExactly(2);
    assertThat(notes.candidates("for the second time")).isEmpty();
  }

  @Test
  void aPatternMatchesOnlyATextThatHoldsACue() {
    assertThat(notes.matches(0, "The meeting rose.")).isTrue();
    assertThat(notes.matches(1, new StringBuilder("The Vice-President took the Chair."))).isTrue();
    assertThat(notes.matches(1, "The Vice-President took the floor.")).isFalse();
    assertThat(notes.matches(2, "12")).isTrue();
    assertThat(notes.lookingAt(2, "12 of them")).isTrue();
  }
}
