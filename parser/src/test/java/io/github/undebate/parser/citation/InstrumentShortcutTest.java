package io.github.undebate.parser.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The instrument form skips its noun search before "of" when no noun's last word ends the text
 * there: it may say yes wrongly, never no where the noun pattern finds a noun right before.
 */
class InstrumentShortcutTest {
  @Test
  void whereTheNounPatternEndsRightBeforeAPlaceTheQuickTestSaysItMay() throws IOException {
    InstrumentReferences form = new InstrumentReferences();
    List<String> texts =
        withCorpus(
            "the Agreement of 5 May 2015",
            "MEMORANDA   of 1 June 2001",
            "the COMMUNIQUÉ\tof 3 March 1999",
            "a Note Verbale of 2 July 2020",
            "letter\u00a0of 4 April 2004");
    int nouns = 0;
    for (String text : texts) {
      // every word start is a place a connector may stand
      for (int to = 1; to < text.length(); to++) {
        if (Character.isLetter(text.charAt(to - 1)) || !Character.isLetter(text.charAt(to))) {
          continue;
        }
        int from = Math.max(0, to - 160);
        Matcher n = form.noun.matcher(text).region(from, to);
        boolean rightBefore = false;
        while (n.find() && !rightBefore) {
          rightBefore = text.substring(n.end(), to).isBlank();
        }
        if (rightBefore) {
          nouns++;
          assertThat(form.mayEndNoun(text, from, to)).as("%d in %s", to, text.length()).isTrue();
        }
      }
    }
    assertThat(nouns).isGreaterThan(50);
  }

  @Test
  void theLastNounIsTheOneRepeatedFindFinds() throws IOException {
    InstrumentReferences form = new InstrumentReferences();
    List<String> texts =
        withCorpus(
            "Letters, NOTES and the memoranda dated",
            "xletter letterx ÉTATMENT communiqués Communiqué",
            "\ud835\udc00letter \udc00note a\u0301letter");
    int found = 0;
    for (String text : texts) {
      for (int to = 1; to < text.length(); to += 37) {
        for (int from : new int[] {Math.max(0, to - 160), Math.max(0, to - 7)}) {
          Matcher n = form.noun.matcher(text).region(from, to);
          long expected = -1;
          while (n.find()) {
            expected = (long) n.start() << 32 | n.end();
          }
          assertThat(form.lastNoun(form.noun.matcher(text), text, from, to))
              .as("%d-%d", from, to)
              .isEqualTo(expected);
          found += expected >= 0 ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void aCharacterThatFoldsToALetterOfANounIsALetter() {
    StringBuilder letters = new StringBuilder();
    for (String line : Phrases.lines("instrument-nouns.txt")) {
      String noun = line.split("\t")[0];
      for (int j = 0; j < noun.length(); j++) {
        letters.append(Character.toLowerCase(Character.toUpperCase(noun.charAt(j))));
      }
    }
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      char folded = Character.toLowerCase(Character.toUpperCase(c));
      if (letters.indexOf(String.valueOf(folded)) >= 0) {
        assertThat(Character.isLetter(c)).as("U+%04X", (int) c).isTrue();
      }
    }
  }

  /** The texts given, then every text record of the test corpus. */
  private static List<String> withCorpus(String... texts) throws IOException {
    List<String> all = new ArrayList<>(List.of(texts));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        all.add(Files.readString(p));
      }
    }
    return all;
  }
}
