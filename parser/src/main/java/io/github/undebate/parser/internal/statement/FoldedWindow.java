package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.text.ClauseFold;
import java.util.Objects;

/**
 * A stretch of a speech folded as {@link ClauseFold} folds it, held in a reused buffer and read as
 * a {@link CharSequence}: the self-references compare their phrases with the text around each
 * State's name there, without a String of it (issue 14). Until the next {@link #of}; for one
 * thread.
 */
final class FoldedWindow implements CharSequence {
  private char[] chars = new char[128];
  private int length;

  /** The window folded from {@code text} between {@code from} and {@code to}; returns this. */
  FoldedWindow of(String text, int from, int to) {
    if (chars.length < to - from) {
      chars = new char[to - from];
    }
    length = ClauseFold.fold(text, from, to, chars);
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length);
    return chars[index];
  }

  @Override
  public String subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
