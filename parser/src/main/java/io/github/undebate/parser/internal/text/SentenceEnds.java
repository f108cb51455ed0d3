package io.github.undebate.parser.internal.text;

/**
 * Whether a line or paragraph ends a sentence. The two readers were tuned on different layouts and
 * differ about marks after the full stop, so there are two named rules: {@link #endsSentence} looks
 * through closing quotes and brackets to the mark before them ({@code He said “no.”} and {@code
 * (see annex.)} end a sentence; {@code the “Pact”} does not); {@link #endsSentenceOrQuote} reads
 * the last character alone, where a closing quote counts as an end ({@code the “Pact”} ends; {@code
 * (see annex.)} does not).
 */
public final class SentenceEnds {
  /** The marks that end a sentence. */
  private static final String MARKS = ".!?:;…";

  /** What may follow the mark: closing quotes, brackets and emphasis. */
  private static final String CLOSERS = "\"”’'»)]*";

  /** The last characters that {@link #endsSentenceOrQuote} takes for an end. */
  private static final String MARKS_OR_QUOTES = ".?!:;”\"’…";

  private SentenceEnds() {}

  /**
   * Whether the stripped text ends in {@code . ! ? : ; …}, looking through closing quotes, brackets
   * and asterisks after it. The statement reader's rule.
   */
  public static boolean endsSentence(String text) {
    String t = text.strip();
    int i = t.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && MARKS.indexOf(t.charAt(i)) >= 0;
  }

  /**
   * Whether the stripped text's last character is {@code . ! ? : ; …} or a closing quote ({@code ”
   * " ’}), whatever stands before it. The verbatim reader's rule: its records close a quoted
   * sentence with the quote.
   */
  public static boolean endsSentenceOrQuote(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    return MARKS_OR_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}
