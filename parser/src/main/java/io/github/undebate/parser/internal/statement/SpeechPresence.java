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
   * record.no_speech}. Every paragraph is counted: the statement reader has the counts from its one
   * reading of the paragraphs ({@code TextLanguage.read}) and asks {@link #absent(int, int, List)}.
   */
  static boolean absent(List<Paragraph> paragraphs, List<Diagnostic> diags) {
    int words = 0;
    int ends = 0;
    for (Paragraph p : paragraphs) {
      words += WordCount.of(p.text());
      ends += SentenceEnds.count(p.text());
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
}
