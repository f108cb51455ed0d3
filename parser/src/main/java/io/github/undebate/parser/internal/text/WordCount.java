package io.github.undebate.parser.internal.text;

/**
 * How many words a text has, counted as {@code text.split("\\s+").length} counts them (the readers'
 * length rules were written that way), without a regular expression or an array: runs of characters
 * other than ASCII whitespace, one more when the text opens with whitespace, 1 for the empty text
 * and 0 for a text of whitespace only.
 */
public final class WordCount {
  // read in bulk: charAt on a text beyond Latin-1 is slow under C1 alone (TextChars)
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

  private WordCount() {}

  /** The number of elements {@code text.split("\\s+")} would return. */
  public static int of(String text) {
    return of(text, 0, text.length());
  }

  /**
   * Whether {@link #of(String)} is at least {@code words}: counted only that far, so a long text is
   * not read to its end.
   */
  public static boolean atLeast(String text, int words) {
    if (words <= 1) {
      return of(text) >= words;
    }
    // the split counts one more when the text opens with white space
    int counted = !text.isEmpty() && Whitespace.isSpace(text.charAt(0)) ? 1 : 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Whitespace.isSpace(text.charAt(i));
      if (!space && !inWord && ++counted >= words) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }

  /** The number of elements {@code text.substring(from, to).split("\\s+")} would return. */
  public static int of(String text, int from, int to) {
    if (from == to) {
      return 1;
    }
    char[] a = CHARS.get().of(text, from, to);
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Whitespace.isSpace(a[i]);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return asSplit(to - from, words, Whitespace.isSpace(a[from]));
  }

  /**
   * What {@code split("\\s+").length} gives for a text of {@code length} characters holding {@code
   * runs} runs of characters other than white space: 1 for the empty text, 0 for white space alone,
   * one more than the runs when the text opens with white space. For readers that count the runs in
   * their own pass over a text.
   */
  public static int asSplit(int length, int runs, boolean opensWithSpace) {
    return length == 0 ? 1 : runs == 0 ? 0 : opensWithSpace ? runs + 1 : runs;
  }
}
