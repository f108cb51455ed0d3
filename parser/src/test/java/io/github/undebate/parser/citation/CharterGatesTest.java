package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Charter form runs its list, paragraph and trailer patterns only where a quick look says they
 * may match: the look may say yes wrongly, never no where the pattern matches, at any position of
 * the test corpus and of the made-up lists below.
 */
class CharterGatesTest {
  private static List<String> texts() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Articles 33, 36, 37 and 38, of the Charter",
                "Article 2, paragraph 4, and Article 1 paragraphs 2 (a) or 3",
                "Article 2(4) and Article 2 (4); Article 109 para. 2 ,and 3 , or 4",
                "Article 5\tof\nthe Treaty,\u000Bof its Charter \u00a0of the Charter",
                "",
                ","));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    return texts;
  }

  private static void neverSaysNoWhereThePatternMatches(
      Pattern pattern, BiPredicate<String, Integer> gate) throws IOException {
    int matches = 0;
    int closed = 0;
    for (String text : texts()) {
      var m = pattern.matcher(text);
      for (int pos = 0; pos <= text.length(); pos++) {
        boolean may = gate.test(text, pos);
        if (m.region(pos, text.length()).lookingAt()) {
          matches++;
          assertThat(may).as("%s at %d", pattern, pos).isTrue();
        }
        closed += may ? 0 : 1;
      }
    }
    assertThat(matches).as("matches of %s", pattern).isGreaterThan(20);
    assertThat(closed).as("positions where %s need not run", pattern).isGreaterThan(1_000_000);
  }

  @Test
  void theParagraphGateOpensWhereverTheParagraphPatternMatches() throws IOException {
    neverSaysNoWhereThePatternMatches(
        CharterReferences.PARAGRAPH, CharterReferences::mayOpenParagraph);
  }

  @Test
  void theSeparatorGateOpensWhereverTheSeparatorPatternMatches() throws IOException {
    neverSaysNoWhereThePatternMatches(
        CharterReferences.LIST_SEPARATOR, CharterReferences::mayOpenSeparator);
  }

  @Test
  void theTrailerGateOpensWhereverTheTrailerPatternMatches() throws IOException {
    neverSaysNoWhereThePatternMatches(CharterTrailer.TRAILER, CharterTrailer::mayOpen);
  }
}
