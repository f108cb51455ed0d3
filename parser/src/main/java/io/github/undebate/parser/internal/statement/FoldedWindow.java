package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.text.ClauseFold;
import java.util.Objects;

/**
 * A stretch of a speech folded as {@link ClauseFold} folds it, held in a reused buffer and read as
 * a {@link CharSequence}: the self-references compare their phrases with the text around each
 * State's name there, without a String of it (issue 14). Folded as far as it is read: a reader that
 * asks whether an index is in it ({@link #has}), as {@link PhraseEnds} does, folds only up to
 * there, and the phrases after a name read its first few words of the 120 characters a window
 * holds; {@link #length} folds it all. Until the next {@link #of}; for one thread.
 */
final class FoldedWindow implements CharSequence {
  /** How many characters of the text are folded at a time. */
  private static final int STEP = 24;

  private char[] chars = new char[128];
  private String text;
  // the part of the text folded so far ends at next, the window at end
  private int next;
  private int end;
  private int length;

  /** The window folded from {@code text} between {@code from} and {@code to}; returns this. */
  FoldedWindow of(String text, int from, int to) {
    if (chars.length < to - from) {
      chars = new char[to - from];
    }
    this.text = text;
    this.next = from;
    this.end = to;
    this.length = 0;
    return this;
  }

  /** Whether the folded window holds {@code index}: folds it up to there. */
  boolean has(int index) {
    while (index >= length && next < end) {
      int to = Math.min(end, next + STEP);
      length = ClauseFold.foldMore(text, next, to, chars, length);
      next = to;
    }
    return index < length;
  }

  /** Whether {@code index} is within {@code s}: for a window, folded as far as needed. */
  static boolean has(CharSequence s, int index) {
    return s instanceof FoldedWindow w ? w.has(index) : index < s.length();
  }

  @Override
  public int length() {
    has(Integer.MAX_VALUE - 1);
    return length;
  }

  @Override
  public char charAt(int index) {
    has(index);
    Objects.checkIndex(index, length);
    return chars[index];
  }

  @Override
  public String subSequence(int start, int end) {
    if (end > 0) {
      has(end - 1);
    }
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length());
  }
}
