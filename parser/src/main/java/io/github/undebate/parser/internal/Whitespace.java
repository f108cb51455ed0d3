package io.github.undebate.parser.internal;

/**
 * The whitespace rules of {@link io.github.undebate.parser.internal.text.Whitespace}, under the
 * name the citation engine imports. New code uses the text package; this class only forwards, until
 * the citation package moves its import.
 */
public final class Whitespace {
  private Whitespace() {}

  /** As {@link io.github.undebate.parser.internal.text.Whitespace#stripStart}. */
  public static int stripStart(CharSequence text, int from, int to) {
    return io.github.undebate.parser.internal.text.Whitespace.stripStart(text, from, to);
  }

  /** As {@link io.github.undebate.parser.internal.text.Whitespace#stripEnd}. */
  public static int stripEnd(CharSequence text, int from, int to) {
    return io.github.undebate.parser.internal.text.Whitespace.stripEnd(text, from, to);
  }

  /** As {@link io.github.undebate.parser.internal.text.Whitespace#isSpace}. */
  public static boolean isSpace(char c) {
    return io.github.undebate.parser.internal.text.Whitespace.isSpace(c);
  }
}
