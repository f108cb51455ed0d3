package io.github.undebate.parser.internal;

import java.util.Objects;

/**
 * Printed lines read in place, one at a time, without a copy: a view that a reader reuses for each
 * line it reads, on one thread.
 */
public final class PrintedView implements CharSequence {
  private String source = "";
  private int from;
  private int to;

  /** The view of the line's printed form, until the next call. */
  public PrintedView of(Line line) {
    source = line.source();
    from = line.from();
    to = line.to();
    return this;
  }

  /** The text the viewed line stands in, for a reader that searches it with {@code indexOf}. */
  public String source() {
    return source;
  }

  /** Where the viewed line starts in {@link #source()}. */
  public int start() {
    return from;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, to - from);
    return source.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, to - from);
    return source.substring(from + start, from + end);
  }

  @Override
  public String toString() {
    return source.substring(from, to);
  }
}
