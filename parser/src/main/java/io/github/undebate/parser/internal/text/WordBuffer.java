package io.github.undebate.parser.internal.text;

import java.util.Arrays;

/**
 * A reused buffer for one word at a time, read as a {@link CharSequence}, that keeps the {@link
 * String#hashCode} of its characters as they are added: a reader that looks every word of a text up
 * in a {@link WordTable} then neither makes a String of it nor hashes it twice. One buffer serves
 * one reader on one thread.
 */
public final class WordBuffer implements CharSequence {
  private char[] chars = new char[32];
  private int length;
  private int hash;

  /** Empties the buffer. */
  public void clear() {
    length = 0;
    hash = 0;
  }

  /** Adds a character at the end. */
  public void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
    hash = 31 * hash + c;
  }

  /** Makes the buffer hold the text instead. */
  public void set(CharSequence text) {
    clear();
    for (int k = 0; k < text.length(); k++) {
      append(text.charAt(k));
    }
  }

  /** Makes the buffer hold what the other holds. */
  public void copyOf(WordBuffer other) {
    if (chars.length < other.length) {
      chars = new char[other.chars.length];
    }
    System.arraycopy(other.chars, 0, chars, 0, other.length);
    length = other.length;
    hash = other.hash;
  }

  /** The {@link String#hashCode} of the characters held. */
  public int hash() {
    return hash;
  }

  /** Whether the string holds exactly these characters. */
  public boolean contentEquals(String s) {
    if (s.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (s.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
