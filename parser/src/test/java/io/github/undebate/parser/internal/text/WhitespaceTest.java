package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

  // A wrapped line of S/PV.8700 with the spacing quirks of PDF extraction.
  @Test
  void foldsRunsOfWhitespaceIntoOneSpace() {
    assertThat(Whitespace.fold("Mr. Nebenzia  (Russian Federation)\t( spoke in Russian )\r\n:"))
        .isEqualTo("Mr. Nebenzia (Russian Federation) ( spoke in Russian ) :");
    assertThat(Whitespace.fold("already folded")).isSameAs("already folded");
  }

  @Test
  void agreesWithTheRegexItReplaces() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab \t\n\r\f\u000B\u00A0é";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Whitespace.fold(s))
          .as("seed %d, case %d: %s", seed, i, s)
          .isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void foldsOnlyRunsOfTwoOrMoreAsTheRegexDid() {
    assertThat(Whitespace.foldRuns("The  President:\tI  thank"))
        .isEqualTo("The President:\tI thank");
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab \t\n\r\f\u000B\u00A0é";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Whitespace.foldRuns(s))
          .as("seed %d, case %d: %s", seed, i, s)
          .isEqualTo(s.replaceAll("\\s{2,}", " "));
    }
  }

  @Test
  void cleansNoBreakAndThinSpacesAndStripsTheEnds() {
    // a byline scraped from a mission's page, with no-break spaces around the name
    assertThat(Whitespace.clean(" Statement by\u00A0H.E.\u202FMr. Rybakov\t "))
        .isEqualTo("Statement by H.E. Mr. Rybakov");
    String clean = "Mr. President,";
    assertThat(Whitespace.clean(clean)).as("a clean line is not copied").isSameAs(clean);
  }

  @Test
  void cleanIsFoldingTheSpacedTextAndStrippingIt() {
    long seed = new Random().nextLong();
    java.util.Random random = new Random(seed);
    String alphabet = "a. \t\n\u00A0\u2009\u202F\u2003\u001F";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String expected =
          Whitespace.fold(s.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' '))
              .strip();
      assertThat(Whitespace.clean(s)).as("seed %d: \"%s\"", seed, s).isEqualTo(expected);
    }
  }

  @Test
  void aPartOfATextIsCleanedInABufferAsItsCopyIsCleaned() {
    long seed = new Random().nextLong();
    java.util.Random random = new Random(seed);
    String alphabet = "ab’ \t\n\u000B\f\r\u00A0\u2009\u202F\u2003";
    Whitespace.Buffer buffer = new Whitespace.Buffer(8);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 1);
      String part = s.substring(from, to);
      assertThat(Whitespace.isClean(s, from, to))
          .as("seed %d, case %d: \"%s\"", seed, i, part)
          .isEqualTo(Whitespace.isClean(part));
      if (!Whitespace.isClean(part)) {
        assertThat(Whitespace.clean(s, from, to, random.nextBoolean() ? buffer : null))
            .as("seed %d, case %d: \"%s\"", seed, i, part)
            .isEqualTo(Whitespace.clean(part));
      }
    }
  }

  @Test
  void aPartReadInOnePassIsNullWhenCleanElseCleaned() {
    Random random = new Random(16);
    Whitespace.Buffer buffer = new Whitespace.Buffer(8);
    int cleaned = 0;
    int clean = 0;
    for (String text : SampleTexts.corpusAndRandom(18, 19)) {
      for (int k = 0; k < 3; k++) {
        // the whole text, then two parts of it
        int from = k == 0 ? 0 : random.nextInt(text.length() + 1);
        int to = k == 0 ? text.length() : from + random.nextInt(text.length() - from + 1);
        String expected =
            Whitespace.isClean(text, from, to) ? null : Whitespace.clean(text, from, to, null);
        assertThat(Whitespace.cleanedUnlessClean(text, from, to, buffer))
            .as("[%d, %d) of \"%s\"", from, to, text)
            .isEqualTo(expected);
        cleaned += expected != null ? 1 : 0;
        clean += expected == null ? 1 : 0;
      }
    }
    assertThat(cleaned).isGreaterThan(1000);
    assertThat(clean).isGreaterThan(1000);
  }
}
