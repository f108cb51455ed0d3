package io.github.undebate.parser.internal.text;

/**
 * A growing set of words that takes a word from a reused {@link WordBuffer} and makes a String of
 * it only the first time it sees it: a text's vocabulary then costs one String per distinct word,
 * not one per word. Open addressing with linear probing, at most half full. For one thread. A
 * word's hash is its String's ({@link String#hashCode}, which the String keeps once computed), not
 * kept again beside it: a vocabulary of thousands of words then costs half the table.
 */
public final class WordSet {
  private String[] keys = new String[64];
  private int size;

  /** Adds the word in the buffer, unless the set holds it already. */
  public void add(WordBuffer word) {
    int hash = word.hash();
    int slot = slot(hash);
    while (keys[slot] != null) {
      if (keys[slot].hashCode() == hash && word.contentEquals(keys[slot])) {
        return;
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    put(slot, word.toString());
  }

  /** Adds the word, unless the set holds it already. */
  public void add(String word) {
    int hash = word.hashCode();
    int slot = slot(hash);
    while (keys[slot] != null) {
      if (keys[slot].hashCode() == hash && keys[slot].equals(word)) {
        return;
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    put(slot, word);
  }

  /** Whether the set holds the word. */
  public boolean contains(String word) {
    int hash = word.hashCode();
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot].hashCode() == hash && keys[slot].equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** How many distinct words the set holds. */
  public int size() {
    return size;
  }

  private void put(int slot, String word) {
    keys[slot] = word;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    keys = new String[oldKeys.length * 2];
    for (String key : oldKeys) {
      if (key != null) {
        int slot = slot(key.hashCode());
        while (keys[slot] != null) {
          slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
      }
    }
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (keys.length - 1);
  }
}
