package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Quotation;
import io.github.undebate.parser.internal.text.Quotes;
import io.github.undebate.parser.internal.text.SampleTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Quotations are found by looking up the quotation marks with indexOf: the same quotations as
 * reading the paragraph a character at a time, on every line of the corpus and on texts made of
 * marks.
 */
class QuotedSpeechMarksTest {
  /** The paragraph read a character at a time (the rule's words). */
  private static List<Quotation> characterByCharacter(String text, Optional<String> before) {
    List<Quotation> out = new ArrayList<>();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open >= 0 && c == closing) {
        Quotation q = QuotedSpeech.quotation(text, open + 1, i, before);
        if (q != null) {
          out.add(q);
        }
        open = -1;
      } else if (open < 0 && Quotes.isOpening(c)) {
        open = i;
        closing = Quotes.closing(c);
      }
    }
    return out;
  }

  @Test
  void theMarksLookedUpAreTheOpeningMarks() {
    StringBuilder opening = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Quotes.isOpening(c)) {
        opening.append(c);
      }
    }
    char[] looked = QuotedSpeech.OPENINGS.clone();
    java.util.Arrays.sort(looked);
    assertThat(new String(looked)).isEqualTo(opening.toString());
  }

  @Test
  void theQuotationsOfEveryCorpusLineAreThoseReadCharacterByCharacter() throws IOException {
    int found = 0;
    for (String text : SampleTexts.corpusFiles().values()) {
      for (String line : text.lines().toList()) {
        List<Quotation> expected = characterByCharacter(line, Optional.empty());
        assertThat(QuotedSpeech.find(line, Optional.empty())).as(line).isEqualTo(expected);
        found += expected.size();
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void theQuotationsOfTextsMadeOfMarksAreThoseReadCharacterByCharacter() {
    String[] parts = {
      "“",
      "”",
      "«",
      "»",
      "\"",
      "'",
      "’",
      "one two three four",
      "a",
      " ",
      "Mr. Lukashenko said ",
      "\n",
      "„"
    };
    Random random = new Random(15);
    int found = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      Optional<String> before = n % 2 == 0 ? Optional.empty() : Optional.of("Mr. X");
      List<Quotation> expected = characterByCharacter(text, before);
      assertThat(QuotedSpeech.find(text, before)).as(text).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(1000);
  }

  /** The straightforward way: the last person the pattern finds, then a verb in the rest. */
  private static Optional<String> speakerByPatterns(String before) {
    java.util.regex.Matcher p = QuotedSpeech.PERSON.matcher(before);
    String name = null;
    int end = -1;
    while (p.find()) {
      name = p.group(1);
      end = p.end();
    }
    if (name == null) {
      return Optional.empty();
    }
    String rest = before.substring(end).toLowerCase(java.util.Locale.ROOT);
    return QuotedSpeech.VERB.matcher(rest).find() ? Optional.of(name) : Optional.empty();
  }

  @Test
  void theSpeakerBeforeAQuotationIsThePatternsSpeaker() {
    List<String> texts = new ArrayList<>();
    for (String text : SampleTexts.corpusFiles().values()) {
      for (int at = 0; at < text.length(); at += 173) {
        texts.add(text.substring(Math.max(0, at - 600), at));
      }
    }
    String[] parts = {
      "Mr. Lukashenko ",
      "President Xi Jinping ",
      "said",
      "pointed out ",
      "POINTED OUT",
      "unsaid ",
      "saidx",
      " ",
      ", ",
      "İ",
      "Σ",
      "noted",
      "the ",
      "Minister Ab-Cd ",
      "\n",
      "that “",
      "put it"
    };
    Random random = new Random(16);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(b.toString());
    }
    int named = 0;
    for (String before : texts) {
      Optional<String> expected = speakerByPatterns(before);
      assertThat(QuotedSpeech.speakerOf(before)).as(before).isEqualTo(expected);
      named += expected.isPresent() ? 1 : 0;
    }
    assertThat(named).isGreaterThan(1000);
  }
}
