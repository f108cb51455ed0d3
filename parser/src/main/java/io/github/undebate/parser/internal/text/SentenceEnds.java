package io.github.undebate.parser.internal.text;

/**
 * Whether a line or paragraph ends a sentence. The two readers were tuned on different layouts and
 * differ about marks after the full stop, so there are two named rules: {@link #endsSentence} looks
 * through closing quotes and brackets to the mark before them ({@code He said “no.”} and {@code
 * (see annex.)} end a sentence; {@code the “Pact”} does not); {@link #endsSentenceOrQuote} reads
 * the last character alone, where a closing quote counts as an end ({@code the “Pact”} ends; {@code
 * (see annex.)} does not). {@link #count} counts the sentences that end inside a text, for telling
 * a speech from a table or an index page.
 */
public final class SentenceEnds {
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

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

  /**
   * How many sentences end inside the text, the rule by which a page is told from a speech: full
   * stops, question and exclamation marks (and the Arabic and ideographic ones) that follow a
   * letter, perhaps through its diacritics or a closing quote or bracket, and stand before white
   * space or the end: "peace." counts, "S/PV.8745" and "12.3" do not. A double slash counts too:
   * reading copies of speeches (Arabic ones especially) end their sentences with "//", and so does
   * a double full stop.
   */
  public static int count(String text) {
    // read in bulk: charAt on a text beyond Latin-1 is slow under C1 alone (TextChars)
    char[] a = CHARS.get().of(text);
    int n = 0;
    for (int i = 1; i < text.length(); i++) {
      if (isMark(a[i]) && endsAt(a, text.length(), i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code c} is a character that {@link #endsAt} can count: a full stop, a question or
   * exclamation mark (Arabic and ideographic ones among them) or a slash.
   */
  public static boolean isMark(char c) {
    return c == '.' || c == '!' || c == '?' || c == '/' || c == '؟' || c == '。';
  }

  /**
   * Whether {@link #count} counts a sentence end at {@code i}, {@code i} at least 1, in the text of
   * {@code length} characters that {@code a} holds from index 0 on: for a reader that counts them
   * in its own pass over the text (the statement reader's one reading of the speech).
   */
  public static boolean endsAt(char[] a, int length, int i) {
    char c = a[i];
    int mark = i;
    if (c == '/' && a[i - 1] == '/') {
      mark = i - 1;
    } else if (c != '.' && c != '!' && c != '?' && c != '؟' && c != '。') {
      return false;
    }
    if (i + 1 < length && !Character.isWhitespace(a[i + 1])) {
      return false;
    }
    int j = mark - 1;
    if (c == '.' && j > 0 && a[j] == '.') {
      j--; // "..": Arabic reading copies end sentences so ("للأمم المتحدة.. وإذ")
    }
    if (j > 0 && "\"”’'»)".indexOf(a[j]) >= 0) {
      j--;
    }
    while (j > 0 && Character.getType(a[j]) == Character.NON_SPACING_MARK) {
      j--;
    }
    return j >= 0 && Character.isLetter(a[j]);
  }
}
