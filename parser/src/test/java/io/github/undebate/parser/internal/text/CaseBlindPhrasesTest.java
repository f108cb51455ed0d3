package io.github.undebate.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
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
          "İstanbul");

  /** What the patterns find: each phrase searched on from its last match's end. */
  private static List<String> byPatterns(String text) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < PHRASES.size(); k++) {
      CaseBlindPhrase phrase = CaseBlindPhrase.of(PHRASES.get(k));
      Matcher m = phrase.matcher(text);
      while (m.find()) {
        out.add(k + "@" + m.start());
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> inOnePass(String text) {
    List<String> out = new ArrayList<>();
    CaseBlindPhrases.of(PHRASES).find(text, (k, start) -> out.add(k + "@" + start));
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
      "\n"
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
    }
  }
}
