package io.github.undebate.parser.internal.text;

/**
 * A buffer that one thread reuses to read a text's characters in bulk, for the loops that read
 * every character of a paragraph or a whole record. Why: with the quick compiler alone (C1, which
 * the command line runs for inputs under 100 MB) {@code String.charAt} on a text beyond Latin-1
 * (most records: a curly quote or a dash is enough) calls an index check per character, about a
 * quarter of all CPU time of a corpus parse; {@code String.getChars} copies the characters in one
 * call, and a loop over the array reads them at about two thirds of the cost. With the optimising
 * compiler both ways are about as quick.
 *
 * <p>Each class that reads keeps its own ({@link #perThread}), so that no read lends out the buffer
 * while another read on the same thread still holds it. What a call returns holds until the next
 * call on the same buffer. A thread keeps at most {@link #KEPT} characters: a longer text gets an
 * array of its own, so that one huge input does not pin its size in every thread that read it.
 */
public final class TextChars {
  /** How many characters {@link #chunk} copies at most, for loops that may stop early. */
  public static final int CHUNK = 1024;

  /** The most characters a buffer keeps between calls (512 KB): a speech or a page is far less. */
  static final int KEPT = 1 << 18;

  private char[] chars = new char[CHUNK];

  private TextChars() {}

  /** One buffer per thread, for one class that reads. */
  public static ThreadLocal<TextChars> perThread() {
    return ThreadLocal.withInitial(TextChars::new);
  }

  /**
   * The buffer with {@code text}'s characters at the same indices: {@code chars[i] ==
   * text.charAt(i)} for every {@code i} below {@code text.length()}.
   */
  public char[] of(String text) {
    return of(text, 0, text.length());
  }

  /**
   * The buffer with {@code text.substring(from, to)} at the same indices: {@code chars[i] ==
   * text.charAt(i)} for every {@code i} from {@code from} to {@code to}; the buffer grows to {@code
   * to}, but only the range is copied.
   */
  public char[] of(String text, int from, int to) {
    if (to > KEPT) {
      char[] own = new char[to];
      text.getChars(from, to, own, from);
      return own;
    }
    if (chars.length < to) {
      chars = new char[Math.min(KEPT, Math.max(to, chars.length * 2))];
    }
    text.getChars(from, to, chars, from);
    return chars;
  }

  /**
   * The buffer with {@code text.substring(from, to)} at its start, {@code to - from} at most {@link
   * #CHUNK}: {@code chars[i - from] == text.charAt(i)}.
   */
  public char[] chunk(String text, int from, int to) {
    if (to - from > CHUNK) {
      throw new IllegalArgumentException("a chunk of " + (to - from) + " characters");
    }
    text.getChars(from, to, chars, 0);
    return chars;
  }
}
