package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-pass search finds what each phrase's own pattern finds, phrase by phrase. */
class CaseBlindPhrasesTest {
  private static final List<String> PHRASES =
      List.of(
          "this assembly",
          "the assembly",
          "general assembly",
          "assemblée générale",
          "генеральной ассамблеи",
          "members of the council",
          "this council",
          "ſ test",
          "İstanbul",
          "kiss is");

  /** What the patterns find: each phrase searched on from its last match's end. */
  private static List<String> byPatterns(String text) {
    return byPatterns(PHRASES, text);
  }

  private static List<String> byPatterns(List<String> phrases, String text) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < phrases.size(); k++) {
      CaseBlindPhrase phrase = CaseBlindPhrase.of(phrases.get(k));
      Matcher m = phrase.matcher(text);
      while (m.find()) {
        out.add(k + "@" + m.start());
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> inOnePass(String text) {
    return inOnePass(PHRASES, text);
  }

  private static List<String> inOnePass(List<String> phrases, String text) {
    List<String> out = new ArrayList<>();
    CaseBlindPhrases.of(phrases).find(text, (k, start) -> out.add(k + "@" + start));
    out.sort(null);
    return out;
  }

  @Test
  void findsWholeWordsCaseBlind() {
    String text =
        "Mr. President of THIS Assembly, this assemblyman and the Assembly; The General Assembly"
            + " — ASSEMBLÉE GÉNÉRALE. Генеральной Ассамблеи! Members of the Council: this council";
    assertThat(inOnePass(text)).isEqualTo(byPatterns(text)).hasSize(7);
  }

  @Test
  void agreesWithThePatternsOnSeededTexts() {
    String[] pieces = {
      "this",
      "THE",
      "Assembly",
      "assembly",
      "general",
      "Council",
      "council",
      "members",
      "of",
      " ",
      " ",
      ", ",
      "x",
      "é",
      "Générale",
      "assemblée",
      "\u2019",
      "\uD835\uDC00",
      "İstanbul",
      "istanbul",
      "S test",
      "ſ TEST",
      "Генеральной",
      "ассамблеи",
      "\n",
      "KISS",
      "\u212Aiss",
      "kıss",
      "ıs",
      "ASSEMBLY",
      "assemblies",
      "\u212A"
    };
    for (long seed = 1; seed <= 500; seed++) {
      Random random = new Random(seed);
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      assertThat(inOnePass(text)).as("seed " + seed + ": " + text).isEqualTo(byPatterns(text));
      // without the phrase of i, k and s only, the rest opens beyond ASCII (as the venue cues)
      List<String> beyond = PHRASES.subList(0, PHRASES.size() - 1);
      assertThat(inOnePass(beyond, text))
          .as("seed " + seed + ": " + text)
          .isEqualTo(byPatterns(beyond, text));
    }
  }

  @Test
  void agreesWithThePatternsOnTheTestCorpusAndReportsInTextOrder() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        List<Integer> starts = new ArrayList<>();
        List<String> found = new ArrayList<>();
        CaseBlindPhrases.of(PHRASES)
            .find(
                text,
                (k, start) -> {
                  starts.add(start);
                  found.add(k + "@" + start);
                });
        assertThat(starts).as(p.toString()).isSorted();
        found.sort(null);
        assertThat(found).as(p.toString()).isEqualTo(byPatterns(text));
      }
    }
  }

  @Test
  void findsThePhrasesThatOpenBeyondAsciiWhereThePatternsDoInTheCorporaAndSampleTexts() {
    // phrases without a letter to look for, opening beyond ASCII, as the venue cues' Russian one:
    // found by indexOf of each character that folds to their first, compared with the patterns
    List<String> beyond = List.of("генеральной ассамблеи", "σύνοδος του", "Ωmega");
    List<String> texts = new ArrayList<>(SampleTexts.corpusFiles().values());
    texts.addAll(SampleTexts.corpusAndRandom(41, 42));
    texts.add("генеральной ассамблеи ГЕНЕРАЛЬНОЙ АССАМБЛЕИ Генеральной Ассамблеи");
    texts.add("xгенеральной ассамблеи, (Генеральной ассамблеи) генеральной ассамблеих");
    texts.add("ΣΎΝΟΔΟΣ ΤΟΥ σύνοδος του Σύνοδος Του, ωmega \u2126mega ΩMEGA xΩmega");
    // made once: a list looks for the characters that fold to each first character when made
    CaseBlindPhrases onePass = CaseBlindPhrases.of(beyond);
    List<CaseBlindPhrase> patterns = beyond.stream().map(CaseBlindPhrase::of).toList();
    for (String text : texts) {
      List<String> found = new ArrayList<>();
      onePass.find(text, (k, start) -> found.add(k + "@" + start));
      found.sort(null);
      assertThat(found).as(text).isEqualTo(byFoldedPatterns(patterns, text));
    }
  }

  /**
   * What the patterns find, each tried only where the folded text holds its folded phrase ({@link
   * CaseBlindPhrase#next}): as {@link #byPatterns}, quick enough for the General Debate sample.
   */
  private static List<String> byFoldedPatterns(List<CaseBlindPhrase> phrases, String text) {
    String folded = CaseBlindPhrase.fold(text);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < phrases.size(); k++) {
      CaseBlindPhrase phrase = phrases.get(k);
      if (!phrase.mayOccurIn(folded)) {
        continue;
      }
      Matcher m = phrase.matcher(text);
      for (int from = 0; phrase.next(m, text, folded, from); from = m.end()) {
        out.add(k + "@" + m.start());
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void onlyTheseFoldToACharacterBeyondAscii() {
    // every character folds to a character beyond ASCII only if it is among the variants looked
    // for by indexOf: the list of unusual folds is complete for the JDK's case tables
    for (char c = 128; c < Character.MAX_VALUE; c++) {
      char folded = CaseBlindPhrase.fold(c);
      if (folded >= 128) {
        assertThat(new String(CaseBlindPhrases.variants(folded)))
            .as("U+%04X", (int) c)
            .contains(String.valueOf(c));
      }
    }
  }

  @Test
  void onlyALetterOrItsCapitalFoldsToAnyLetterLookedFor() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      char folded = CaseBlindPhrase.fold(c);
      if ("zqxjvbpygfwmucldrhnoate".indexOf(folded) >= 0) {
        assertThat(c).as("U+%04X", (int) c).isIn(folded, (char) (folded - ('a' - 'A')));
      }
    }
  }
}
