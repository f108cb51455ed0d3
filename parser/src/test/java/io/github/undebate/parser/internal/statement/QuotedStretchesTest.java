package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quotations of a speech found with {@code indexOf} and kept as offsets read as the speech's
 * text blanked a character at a time: each window cut from them, whether a window touches one and
 * where the one that holds a character ends, on the corpus and benchmark texts and random ones.
 */
class QuotedStretchesTest {
  /** The text as paragraphs: its blank-line runs, and its lines three at a time. */
  private static List<List<Paragraphing.Block>> speeches(String text) {
    List<List<Paragraphing.Block>> out = new ArrayList<>();
    List<Paragraphing.Block> paragraphs = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      paragraphs.add(new Paragraphing.Block(p, 1, 1));
    }
    out.add(paragraphs);
    List<Paragraphing.Block> lines = new ArrayList<>();
    List<String> all = text.lines().toList();
    for (int i = 0; i < all.size(); i += 3) {
      lines.add(
          new Paragraphing.Block(
              String.join("\n", all.subList(i, Math.min(all.size(), i + 3))), 1, 1));
    }
    out.add(lines);
    return out;
  }

  @Test
  void theStretchesReadAsTheTextBlanked() {
    List<String> texts = SampleTexts.corpusAndRandom(1420, 1421);
    texts.addAll(SampleTexts.corpusFiles().values());
    for (String t : SampleTexts.random(1422, 2_000, 60)) {
      texts.add(t.replace('»', '«').replace('”', '“') + " «a” “b» \"c");
    }
    Random random = new Random(1423);
    int touched = 0;
    for (String text : texts) {
      for (List<Paragraphing.Block> blocks : speeches(text)) {
        SpeechText speech = new SpeechText(blocks);
        String whole = speech.text();
        String blanked = QuotationsByHand.blanked(whole);
        QuotedStretches quoted = speech.quotations();
        assertThat(quoted.text()).isSameAs(whole);
        assertThat(quoted.blanked(0, whole.length())).isEqualTo(blanked);
        if (quoted.count() == 0) {
          assertThat(blanked).isEqualTo(whole);
        }
        for (int k = 0; k < 20 && !whole.isEmpty(); k++) {
          int from = random.nextInt(whole.length());
          int to = Math.min(whole.length(), from + random.nextInt(300));
          assertThat(quoted.blanked(from, to)).isEqualTo(blanked.substring(from, to));
          boolean blank = false;
          for (int i = from; i < to; i++) {
            blank |= blanked.charAt(i) != whole.charAt(i) || inStretch(quoted, i);
          }
          assertThat(quoted.touch(from, to)).isEqualTo(blank);
          touched += blank ? 1 : 0;
          int past = quoted.past(from);
          assertThat(past).isGreaterThanOrEqualTo(from);
          for (int i = from; i < past; i++) {
            assertThat(blanked.charAt(i)).isEqualTo(' ');
          }
        }
      }
    }
    assertThat(touched).isGreaterThan(1_000);
  }

  /** Whether a stretch holds {@code i}, read from the stretches' bounds one by one. */
  private static boolean inStretch(QuotedStretches quoted, int i) {
    int[] bounds = quoted.bounds();
    for (int k = 0; k < bounds.length; k += 2) {
      if (bounds[k] <= i && i < bounds[k + 1]) {
        return true;
      }
    }
    return false;
  }
}
