package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The self-references read in the speech itself, passing over its quotations and copying only the
 * windows that touch one, are those read in a copy of the speech with its quotations blanked (the
 * straightforward way: where nothing is left to blank, every window is read in the text itself), on
 * the corpus and benchmark texts and on speeches made of self-references, names and quotations.
 */
class SelfReferenceQuotationsTest {
  private static final String[] PIECES = {
    "On behalf of Ghana, ",
    "my country, Brazil, ",
    "Sweden reiterates that demand. ",
    "The Colombian delegation does not consider it. ",
    "“Brazil favours this,” he said. ",
    "He said: “my country, Japan, ",
    "«Mexico supports it» ",
    "\"Peru has always supported\" ",
    "Australia, Canada and New Zealand ",
    "Australia “and” Canada ",
    "Chile, “",
    "” ",
    "“",
    "\"",
    "\n",
    "the Government of Japan has always supported ",
    "we in Saint Vincent and the Grenadines ",
    "Norway, which I represent, ",
    "of the ",
    "Kenya",
    " and ",
    ", ",
    ". ",
    "word ",
  };

  private static List<Paragraphing.Block> paragraphs(String text, boolean blanked) {
    List<Paragraphing.Block> out = new ArrayList<>();
    int line = 1;
    for (String p : text.split("\n\\s*\n")) {
      out.add(new Paragraphing.Block(blanked ? QuotationsByHand.blanked(p) : p, line, line));
      line += 2;
    }
    return out;
  }

  private static List<String> speeches() {
    List<String> texts = new ArrayList<>(SampleTexts.corpusFiles().values());
    Random random = new Random(1424);
    for (int n = 0; n < 4_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(8) == 0) {
          b.append("\n\n");
        }
      }
      texts.add(b.toString());
    }
    return texts;
  }

  @Test
  void theSelfReferenceIsThatOfTheBlankedCopy() {
    int found = 0;
    int quoted = 0;
    for (String text : speeches()) {
      SpeechText speech = new SpeechText(paragraphs(text, false));
      SpeechText copy = new SpeechText(paragraphs(text, true));
      SelfReference inPlace = SelfReference.in(speech);
      String what = text.length() < 300 ? text : "a corpus text";
      assertThat(inPlace).as(what).isEqualTo(SelfReference.in(copy));
      found += inPlace.state().isPresent() || inPlace.conflict().isPresent() ? 1 : 0;
      quoted += speech.quotations().count() > 0 ? 1 : 0;
    }
    assertThat(found).isGreaterThan(1_000);
    assertThat(quoted).isGreaterThan(1_000);
  }
}
