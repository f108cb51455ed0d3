package io.github.undebate.parser.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text joined from pieces (lines and the spaces between them), made into its String by one copy
 * at the end. A speed trick: a {@link StringBuilder} copies itself each time it grows, again to
 * widen when a piece beyond Latin-1 comes (a curly quote, an apostrophe), and once more into the
 * String, where it first tries, in vain for such a text, a Latin-1 copy; {@code String.join} sizes
 * the String from the pieces and copies each piece once. Reading the end of the text so far, as the
 * joiners of lines do to undo a line-end hyphen, reads the last pieces.
 */
public final class JoinedText {
  private final List<String> pieces = new ArrayList<>();
  private int length;

  /** Empties the text, to join another in the same pieces' list; returns it. */
  public JoinedText clear() {
    pieces.clear();
    length = 0;
    return this;
  }

  /** Appends a piece. */
  public JoinedText append(String piece) {
    if (!piece.isEmpty()) {
      pieces.add(piece);
      length += piece.length();
    }
    return this;
  }

  /** The length of the text so far. */
  public int length() {
    return length;
  }

  /** The character at {@code index} of the text so far; read from the end, where joiners read. */
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    int end = length;
    for (int p = pieces.size() - 1; ; p--) {
      String piece = pieces.get(p);
      int start = end - piece.length();
      if (index >= start) {
        return piece.charAt(index - start);
      }
      end = start;
    }
  }

  /** The text from {@code from} to the end, as {@code toString().substring(from)} would give it. */
  public String from(int from) {
    if (from < 0 || from > length) {
      throw new IndexOutOfBoundsException("from " + from + ", length " + length);
    }
    StringBuilder tail = new StringBuilder(length - from);
    int start = length;
    int p = pieces.size();
    while (start > from) {
      start -= pieces.get(--p).length();
    }
    for (; p < pieces.size(); p++) {
      String piece = pieces.get(p);
      tail.append(piece, Math.max(0, from - start), piece.length());
      start += piece.length();
    }
    return tail.toString();
  }

  /** Drops the last character of the text so far. */
  public void dropLast() {
    if (length == 0) {
      throw new IllegalStateException("the text is empty");
    }
    String last = pieces.remove(pieces.size() - 1);
    if (last.length() > 1) {
      pieces.add(last.substring(0, last.length() - 1));
    }
    length--;
  }

  /** The text. */
  @Override
  public String toString() {
    // from an array: String.join of a list copies it into an array that grows as it goes
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces.toArray(new String[0]));
  }
}
