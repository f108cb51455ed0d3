package io.github.undebate.parser.internal.text;

import java.util.Map;
import java.util.Objects;

/**
 * An immutable table from folded words to values, looked up by any {@link CharSequence}, so a word
 * read into a reused buffer (the word reader of {@code internal.common}) is looked up without
 * making a String of it. Open addressing with linear probing over at most half-full arrays; safe to
 * share between threads.
 *
 * @param <V> what a word stands for
 */
public final class WordTable<V> {
  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  private WordTable(Map<String, V> entries) {
    int capacity = 2;
    while (capacity < entries.size() * 2) {
      capacity *= 2;
    }
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      Objects.requireNonNull(e.getValue(), "value");
      int hash = e.getKey().hashCode();
      int slot = spread(hash) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      hashes[slot] = hash;
      values[slot] = e.getValue();
    }
  }

  /** A table of {@code entries}; keys and values must not be null. */
  public static <V> WordTable<V> of(Map<String, V> entries) {
    // not copied first: the entries are copied into the arrays, nulls refused there
    return new WordTable<>(entries);
  }

  /** The value of {@code word}, or null when the table does not hold it. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence word) {
    int hash = hash(word);
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == hash && keys[slot].contentEquals(word)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** The value of the word in the buffer, or null: the buffer's hash is not computed again. */
  @SuppressWarnings("unchecked")
  public V get(WordBuffer word) {
    int hash = word.hash();
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == hash && word.contentEquals(keys[slot])) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * Whether the table may hold a word whose {@link String#hashCode} is {@code hash}: false only
   * when it holds none, so a word whose hash it refuses need not be looked up (nor folded).
   */
  public boolean mayHold(int hash) {
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == hash) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** Whether the table holds the word in the buffer. */
  public boolean contains(WordBuffer word) {
    return get(word) != null;
  }

  /** Whether the table holds {@code word}. */
  public boolean contains(CharSequence word) {
    return get(word) != null;
  }

  /** The hash {@link String#hashCode} gives the same characters. */
  private static int hash(CharSequence word) {
    int h = 0;
    for (int k = 0; k < word.length(); k++) {
      h = 31 * h + word.charAt(k);
    }
    return h;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
