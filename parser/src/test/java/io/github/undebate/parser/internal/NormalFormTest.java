package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NormalFormTest {

  private static String jdkNfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Test
  void leavesTextThatIsAlreadyNfcAsItIs() {
    // typographic quotes and dashes of the seed statement, Cyrillic and accented Latin
    String text = "“Collective Security Treaty” — Беларусь, Côte d’Ivoire, São Tomé";
    assertThat(NormalForm.nfc(text)).isSameAs(text);
  }

  @Test
  void composesWhatTheJdkNormaliserComposes() {
    assertThat(NormalForm.nfc("Cote d'Ivoire: e\u0301")).isEqualTo("Cote d'Ivoire: é");
    assertThat(NormalForm.nfc("\u212B")).isEqualTo("\u00C5"); // ANGSTROM SIGN, a singleton
    assertThat(NormalForm.nfc("a\u2000b")).isEqualTo("a\u2002b"); // EN QUAD
    assertThat(NormalForm.nfc("\u1100\u1161")).isEqualTo("\uAC00"); // Hangul jamo
    assertThat(NormalForm.nfc("\u0627\u0653")).isEqualTo("\u0622"); // Arabic alef with madda
    assertThat(NormalForm.nfc("\u0E40\u0E01")).isEqualTo("\u0E40\u0E01");
  }

  @Test
  void everyPairOfInertCharactersIsNfc() {
    StringBuilder inert = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (NormalForm.isInert(c)) {
        inert.append(c);
      }
    }
    assertThat(inert.length()).isGreaterThan(1_000);
    // With no combining mark among them, NFC could change such a text only by keeping a character
    // decomposed or by composing a character with the one before it: every pair shows both.
    char[] pair = new char[2];
    for (int i = 0; i < inert.length(); i++) {
      pair[0] = inert.charAt(i);
      for (int k = 0; k < inert.length(); k++) {
        pair[1] = inert.charAt(k);
        String s = new String(pair);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          assertThat(jdkNfc(s)).as("U+%04X U+%04X", (int) pair[0], (int) pair[1]).isEqualTo(s);
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkNormaliserOnRandomText() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ae \u0301\u0308\u00E9\u212B\u2019\u2014\u1100\u1161\u0627\u0653\u0410\u0306";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(NormalForm.nfc(s)).as("seed %d, case %d", seed, i).isEqualTo(jdkNfc(s));
    }
  }

  @Test
  void agreesWithTheJdkNormaliserOnEveryCorpusRecord() throws IOException {
    int files = 0;
    try (Stream<Path> paths =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/corpus")),
            Files.walk(Path.of("src/test/resources/seed")))) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(NormalForm.nfc(text)).as("%s", file).isEqualTo(jdkNfc(text));
        files++;
      }
    }
    assertThat(files).isGreaterThan(30);
  }
}
