package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
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

  @Test
  void cuesLookedForFromAPointAreTheCuesThatEndAfterIt() {
    // a text that grows a piece at a time: the cues found in its new part, with the cues that
    // reach into it, together with those found before, are the cues of the whole text
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] pieces = {"the ", "Chair", "the Ch", "air", "ro", "se", "rose", " ", "x"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      boolean[] cued = new boolean[3];
      int searched = 0;
      for (int k = random.nextInt(8); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
        for (int r = 0; r < cued.length; r++) {
          cued[r] = cued[r] || notes.holdsCue(r, text, searched);
          boolean whole = r == 2 || text.indexOf(r == 0 ? "rose" : "the Chair") >= 0;
          assertThat(cued[r]).as("seed %d: pattern %d in [%s]", seed, r, text).isEqualTo(whole);
        }
        searched = text.length();
      }
    }
  }
}
