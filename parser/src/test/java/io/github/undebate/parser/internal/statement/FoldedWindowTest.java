package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.statement.SelfPhrases.Kind;
import io.github.undebate.parser.internal.text.ClauseFold;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A window folded only as far as it is read reads as the window folded at once, and the phrases
 * found at its start in it are those found in the String of the whole fold: on the corpora and on
 * random texts, with windows as the self-references cut them (120 characters) and others.
 */
class FoldedWindowTest {
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusAndRandom(1430, 1431));
    // the benchmark's General Debate speeches, and texts of the phrases' words with white space,
    // line breaks, curly apostrophes and Arabic marks between them
    texts.addAll(SampleTexts.corpusFiles().values());
    Random random = new Random(1432);
    String[] pieces = {
      "has",
      "always",
      "supported",
      "Has",
      "ALWAYS",
      " ",
      "  ",
      "\n",
      " \n ",
      "\t",
      "\u00A0",
      "is",
      "been",
      "which",
      "I",
      "represent",
      "reiterates",
      "delegation",
      "Government",
      ",",
      ".",
      "’",
      "\u064E",
      "\u0640",
      "أ",
      "the",
      "l'",
      "de",
      "on",
      "behalf",
      "of",
      "x"
    };
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  @Test
  void readsAsTheWindowFoldedAtOnceAndItsPhrasesAreTheSame() {
    Random random = new Random(1433);
    FoldedWindow window = new FoldedWindow();
    ClauseFold fold = new ClauseFold();
    int windows = 0;
    int found = 0;
    for (String text : texts()) {
      // a few windows of each text: the long corpus texts get as many as the short ones
      for (int w = 0; w < 4 && !text.isEmpty(); w++) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + (w == 0 ? 120 : random.nextInt(300)));
        String whole = fold.fold(text, from, to);
        // phrases read at the start, as SelfReference reads them after a name, before anything
        // else asks the window for its length
        window.of(text, from, to);
        int lead = PhraseEnds.stripStart(window, 0);
        assertThat(lead).isEqualTo(PhraseEnds.stripStart(whole, 0));
        for (Kind kind : Kind.values()) {
          String phrase = SelfPhrases.ENDS.get(kind).leading(window, lead);
          assertThat(phrase).isEqualTo(SelfPhrases.ENDS.get(kind).leading(whole, lead));
          if (phrase != null) {
            found++;
            int next = PhraseEnds.stripStart(window, lead + phrase.length());
            assertThat(next).isEqualTo(PhraseEnds.stripStart(whole, lead + phrase.length()));
          }
          for (String cue : SelfPhrases.ENDS.get(kind).opening(window)) {
            assertThat(PhraseEnds.startsWithWords(window, 0, cue))
                .isEqualTo(PhraseEnds.startsWithWords(whole, 0, cue));
          }
        }
        // then read a character at a time from a random place on, and as a whole
        window.of(text, from, to);
        int at = whole.isEmpty() ? 0 : random.nextInt(whole.length() + 2);
        assertThat(FoldedWindow.has(window, at)).isEqualTo(at < whole.length());
        for (int i = 0; FoldedWindow.has(window, i); i++) {
          assertThat(window.charAt(i)).isEqualTo(whole.charAt(i));
        }
        assertThat(window.length()).isEqualTo(whole.length());
        assertThat(window.toString()).isEqualTo(whole);
        windows++;
      }
    }
    assertThat(windows).isGreaterThan(80_000);
    assertThat(found).isGreaterThan(1_000);
  }
}
