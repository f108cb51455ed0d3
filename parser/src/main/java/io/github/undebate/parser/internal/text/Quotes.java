package io.github.undebate.parser.internal.text;

/**
 * The quotation marks the readers pair: “…”, «…» and straight "…". Single quotes are left out on
 * purpose: they are apostrophes far more often.
 */
public final class Quotes {
  private Quotes() {}

  /** Whether {@code c} opens a quotation: “, « or ". */
  public static boolean isOpening(char c) {
    return c == '“' || c == '«' || c == '"';
  }

  /** Whether {@code c} closes a quotation: ”, » or ". */
  public static boolean isClosing(char c) {
    return c == '”' || c == '»' || c == '"';
  }

  /** The mark that closes a quotation opened by {@code opening} (one of {@link #isOpening}). */
  public static char closing(char opening) {
    return opening == '“' ? '”' : opening == '«' ? '»' : '"';
  }

  /**
   * Whether the text opens more “ and « quotations than it closes: a quotation that a line or block
   * break cut goes on after it. Straight quotes, which open and close alike, do not count.
   */
  public static boolean opensUnclosed(String text) {
    int open = 0;
    int close = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '“') {
        open++;
      } else if (c == '»' || c == '”') {
        close++;
      }
    }
    return open > close;
  }

  /**
   * Whether the stripped text starts with an opening mark and ends with its closing one (a straight
   * quote only around more than one character).
   */
  public static boolean isWhollyQuoted(String stripped) {
    String t = stripped;
    return (t.startsWith("«") && t.endsWith("»"))
        || (t.startsWith("“") && t.endsWith("”"))
        || (t.startsWith("\"") && t.endsWith("\"") && t.length() > 2);
  }

  /** The stripped text without one opening mark before it and one closing mark after it. */
  public static String unquote(String text) {
    String s = text.strip();
    if (!s.isEmpty() && isOpening(s.charAt(0))) {
      s = s.substring(1);
    }
    if (!s.isEmpty() && isClosing(s.charAt(s.length() - 1))) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }
}
