package io.github.undebate.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.parser.internal.text.NormalForm;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A plain text ({@link UnreadableCharacters#plain}) is one that removing unreadable characters and
 * normalising to NFC give back as it is, without a word: the record reader's shortcut past both.
 */
class UnreadableCharactersTest {
  /** The two steps the shortcut skips, as the record reader runs them. */
  private static boolean unchanged(String text) {
    DecodedText readable = UnreadableCharacters.remove(text, List.of());
    List<Diagnostic> diagnostics = new ArrayList<>(readable.diagnostics());
    String normal = NormalForm.nfc(readable.text(), diagnostics);
    return diagnostics.isEmpty() && normal.equals(text);
  }

  @Test
  void aPlainCharacterIsKeptByBothSteps() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      if (UnreadableCharacters.plain(s, 0)) {
        assertThat(unchanged(s)).as("U+%04X", c).isTrue();
      }
    }
    assertThat(UnreadableCharacters.plain("\u0007", 0)).isFalse();
    assertThat(UnreadableCharacters.plain("\u0085", 0)).isFalse();
    assertThat(UnreadableCharacters.plain("\uFFFE", 0)).isFalse();
    assertThat(UnreadableCharacters.plain("\uD800\uDC00", 0)).isFalse();
    assertThat(UnreadableCharacters.plain("e\u0301", 0)).isFalse();
    assertThat(UnreadableCharacters.plain("\uFEFF\u201cA\u201d\t\r\n\f", 0)).isTrue();
  }

  @Test
  void aPlainTextOfTheCorpusIsKeptByBothSteps() throws IOException {
    List<Path> files = new ArrayList<>();
    files.addAll(SampleTexts.corpusFiles().keySet());
    int plain = 0;
    for (Path p : files) {
      String text = Files.readString(p);
      int mark = text.startsWith("\uFEFF") ? 1 : 0;
      if (UnreadableCharacters.plain(text, mark)) {
        plain++;
        assertThat(unchanged(text.substring(mark))).as(p.toString()).isTrue();
      }
    }
    // nearly every record is plain: the shortcut is the common path
    assertThat(plain).isGreaterThan(files.size() * 9 / 10);
  }

  @Test
  void aPlainRandomTextIsKeptByBothSteps() {
    String alphabet =
        "aZ é\u00a0\u00ff\u0100\u02ff\t\n\r\f\u0000\u001f\u007f\u0085\u009f"
            + "\u0300\u0301\u0345\u0400\u0483\u2000\u2001\u2019\u201c\u2014\u20ac\u2122\u212b"
            + "\u25a0\u1161\uFEFF\uFFFD\uFFFE\uFFFF\uD800\uDC00";
    Random random = new Random(15);
    int plain = 0;
    for (int n = 0; n < 50_000; n++) {
      char[] text = new char[random.nextInt(10)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String s = new String(text);
      if (UnreadableCharacters.plain(s, 0)) {
        plain++;
        assertThat(unchanged(s)).as(s).isTrue();
      }
    }
    assertThat(plain).isGreaterThan(1000);
  }
}
