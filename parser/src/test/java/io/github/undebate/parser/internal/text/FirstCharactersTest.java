package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first characters of a pattern rule out only lines it cannot match. */
class FirstCharactersTest {

  @Test
  void firstCharactersRuleOutOnlyWhatCannotMatch() {
    FirstCharacters pageNumber = FirstCharacters.of(Pattern.compile("\\d{1,3}\\s?/\\s?\\d{1,3}"));
    assertThat(pageNumber.mayStart("12/24")).isTrue();
    assertThat(pageNumber.mayStart("The President: I thank")).isFalse();
    assertThat(pageNumber.mayStart("")).isTrue();
    assertThat(pageNumber.mayStart("١٢/٢٤")).as("beyond ASCII nothing is ruled out").isTrue();
    FirstCharacters chair =
        FirstCharacters.of(Pattern.compile("(?:Mr|Mrs|The)\\b[^.]{0,40} took the Chair\\."));
    assertThat(chair.mayStart("Mr. Dang took the Chair.")).isTrue();
    assertThat(chair.mayStart("The Vice-President took the Chair.")).isTrue();
    assertThat(chair.mayStart("A vote was taken.")).isFalse();
  }

  @Test
  void firstCharactersNeverRuleOutAMatch() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "TtheM r.12/ -(E)Aa*PVS";
    Pattern[] patterns = {
      Pattern.compile("\\d\\d-\\d{5}\\s*\\(E\\)"),
      Pattern.compile("\\*\\d{6,9}\\*"),
      Pattern.compile("[AS]\\s?/\\s?PV\\s?\\.\\s?\\d{1,4}"),
      Pattern.compile("(?:Mr|The)\\b.{0,10}"),
      Pattern.compile("^(?:\\d\\d-\\d{5}\\s*\\(E\\)\\s*)?This record"),
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      for (Pattern p : patterns) {
        if (p.matcher(s).lookingAt()) {
          assertThat(FirstCharacters.of(p).mayStart(s)).as("seed %d: %s ~ %s", seed, p, s).isTrue();
        }
      }
    }
  }
}
