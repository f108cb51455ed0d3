package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.text.SentenceEnds;
import io.github.undebate.parser.internal.text.WordCount;
import java.util.List;

/**
 * Whether what the statement reader kept reads as a speech at all. A page of the UN's meeting
 * tables, a site's index or a list of links has many words but almost no sentences: its cells and
 * link texts end without a full stop. Measured on the development corpus, every speech (in any
 * language, in capitals or not) has at least two sentence ends per hundred words, the un.org
 * meeting tables at most 0.3; the line is drawn at one. Such a page is kept whole, as kind {@code
 * other}, with a warning, so that a corpus run does not count it as somebody's statement.
 */
final class SpeechPresence {
  /** Below this many words a text is too short to judge: a one-line statement stays one. */
  private static final int MIN_WORDS = 100;

  /** Sentence ends per hundred words below which the text is not a speech. */
  private static final int MIN_ENDS_PER_HUNDRED_WORDS = 1;

  private SpeechPresence() {}

  /**
   * Whether the paragraphs read as no speech; if so, says why in a WARNING {@code
   * record.no_speech}.
   */
  static boolean absent(List<Paragraph> paragraphs, List<Diagnostic> diags) {
    return absent(paragraphs, diags, true);
  }

  /**
   * {@link #absent(List, List)}, counting every paragraph when {@code stopEarly} is false.
   * Otherwise the count stops, with the same answer, once the sentence ends counted so far are
   * enough for the most words the rest could hold ({@link #mostWords}): a speech gets there within
   * its first paragraphs.
   */
  static boolean absent(List<Paragraph> paragraphs, List<Diagnostic> diags, boolean stopEarly) {
    long rest = 0;
    if (stopEarly) {
      for (Paragraph p : paragraphs) {
        rest += mostWords(p.text());
      }
    }
    int words = 0;
    int ends = 0;
    for (Paragraph p : paragraphs) {
      words += WordCount.of(p.text());
      ends += SentenceEnds.count(p.text());
      if (stopEarly) {
        rest -= mostWords(p.text());
        if (ends * 100L >= (words + rest) * MIN_ENDS_PER_HUNDRED_WORDS) {
          return false; // however many words the rest has, the ends are enough for them
        }
      }
    }
    return absent(words, ends, diags);
  }

  /**
   * {@link #absent(List, List)} of paragraphs counted already: {@code words} the sum of {@link
   * WordCount#of(String)} over them, {@code ends} that of {@link SentenceEnds#count}.
   */
  static boolean absent(int words, int ends, List<Diagnostic> diags) {
    if (words < MIN_WORDS || ends * 100 >= words * MIN_ENDS_PER_HUNDRED_WORDS) {
      return false;
    }
    diags.add(
        new Diagnostic(
            Severity.WARNING,
            "record.no_speech",
            0,
            "the text reads as no speech ("
                + ends
                + " sentence ends in "
                + words
                + " words, as in a table or an index page): kept whole as kind other",
            ""));
    return true;
  }

  /**
   * The most words {@link WordCount#of(String)} can count in a text: every other character a word,
   * and one more for white space at its start.
   */
  static int mostWords(String text) {
    return (text.length() + 1) / 2 + 1;
  }
}
