package io.github.undebate.parser.internal.text;

import java.util.Arrays;

/**
 * A growing set of words that takes a word from a reused {@link WordBuffer} and copies its
 * characters into one pool the first time it sees it: a text's vocabulary then costs a few bytes
 * per distinct word, not a String of each (issue 14: a String and its array were most of what a
 * speech's vocabulary allocated). The pool holds bytes while every character is Latin-1, chars from
 * the first that is not. Open addressing with linear probing, at most half full, each word's {@link
 * String#hashCode} kept beside it. For one thread.
 */
public final class WordSet {
  /** Each slot: 0 when empty, else the index of a word plus one. */
  private int[] slots;

  /** Each word's hash. */
  private int[] hashes;

  /** Where each word starts in the pool; the next entry is where it ends. */
  private int[] starts;

  private byte[] latin;

  /** The pool's characters once one is beyond Latin-1; null until then. */
  private char[] chars;

  private int size;

  /** An empty set. */
  public WordSet() {
    this(32);
  }

  /**
   * An empty set with room for about {@code expected} words before it grows: a vocabulary sized
   * from its text's length grows less often, and each growth copies the tables.
   */
  public WordSet(int expected) {
    int words = Math.max(32, Math.min(expected, 1 << 20));
    slots = new int[Integer.highestOneBit(words * 2 - 1) * 2];
    hashes = new int[words];
    starts = new int[words + 1];
    latin = new byte[words * 8];
  }

  /** Adds the word in the buffer, unless the set holds it already. */
  public void add(WordBuffer word) {
    add(word, word.hash());
  }

  /** Adds the word, unless the set holds it already. */
  public void add(String word) {
    add(word, word.hashCode());
  }

  /** Whether the set holds the word. */
  public boolean contains(String word) {
    int hash = word.hashCode();
    for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
      int w = slots[slot] - 1;
      if (hashes[w] == hash && holds(w, word)) {
        return true;
      }
    }
    return false;
  }

  /** How many distinct words the set holds. */
  public int size() {
    return size;
  }

  private void add(CharSequence word, int hash) {
    int slot = slot(hash);
    while (slots[slot] != 0) {
      int w = slots[slot] - 1;
      if (hashes[w] == hash && holds(w, word)) {
        return;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    int at = starts[size];
    copy(word, at);
    hashes[size] = hash;
    starts[size + 1] = at + word.length();
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      grow();
    }
  }

  /** Whether word {@code w} of the pool is the text. */
  private boolean holds(int w, CharSequence text) {
    int from = starts[w];
    int length = starts[w + 1] - from;
    if (length != text.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      char c = chars != null ? chars[from + k] : (char) (latin[from + k] & 0xFF);
      if (c != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Copies the word into the pool at {@code at}, growing and widening the pool as it needs. */
  private void copy(CharSequence word, int at) {
    int n = word.length();
    int capacity = chars != null ? chars.length : latin.length;
    if (at + n > capacity) {
      capacity = Math.max(capacity * 2, at + n);
      if (chars != null) {
        chars = Arrays.copyOf(chars, capacity);
      } else {
        latin = Arrays.copyOf(latin, capacity);
      }
    }
    for (int k = 0; k < n; k++) {
      char c = word.charAt(k);
      if (chars == null && c > 0xFF) {
        widen(capacity);
      }
      if (chars != null) {
        chars[at + k] = c;
      } else {
        latin[at + k] = (byte) c;
      }
    }
  }

  /** Moves the pool from bytes to chars. */
  private void widen(int capacity) {
    chars = new char[capacity];
    for (int k = 0; k < capacity; k++) {
      chars[k] = (char) (latin[k] & 0xFF);
    }
    latin = null;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    for (int w = 0; w < size; w++) {
      int slot = slot(hashes[w]);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = w + 1;
    }
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }
}
