package io.github.undebate.parser.internal.language;

import java.util.Locale;
import java.util.Map;

/**
 * The function words of all languages, each with the mask of the languages that list it, in an
 * open-addressing table that a word is looked up in straight from the text's characters,
 * lower-cased as {@code toLowerCase(Locale.ROOT)} would.
 */
final class FunctionWords {
  private final String[] keys;
  // each key's characters beside it, so that a word is compared with them array to array
  private final char[][] chars;
  // each key's hash beside it, so that a probe for another word skips it without reading it
  private final int[] hashes;
  private final int[] masks;
  // whether each key is of small ASCII letters only and short enough that its hash tells it apart
  private final boolean[] shortAscii;
  private final int longest;

  FunctionWords(Map<String, Integer> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    keys = new String[size];
    chars = new char[size][];
    hashes = new int[size];
    masks = new int[size];
    shortAscii = new boolean[size];
    int max = 0;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      String key = e.getKey();
      int slot = key.hashCode() & (size - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = key;
      chars[slot] = key.toCharArray();
      hashes[slot] = key.hashCode();
      masks[slot] = e.getValue();
      shortAscii[slot] =
          key.length() <= HASH_TELLS_APART && key.chars().allMatch(c -> c >= 'a' && c <= 'z');
      max = Math.max(max, key.length());
    }
    longest = max;
  }

  /**
   * The languages that list the word {@code a[start, end)}, lower-cased; 0 for none. {@code a}
   * holds {@code text}'s characters at the same indices; {@code hash} is the {@code String} hash of
   * the word lower-cased character by character, {@code special} whether a character of it must be
   * lower-cased by {@code String.toLowerCase}, {@code ascii} whether it is of ASCII letters only.
   */
  int mask(String text, char[] a, int start, int end, int hash, boolean special, boolean ascii) {
    if (special) {
      return maskOf(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
    if (end - start > longest) {
      return 0; // lower-cased character by character, the word keeps its length
    }
    int slot = hash & (keys.length - 1);
    for (char[] key = chars[slot]; key != null; key = chars[slot]) {
      if (hashes[slot] == hash
          && (ascii && shortAscii[slot] && key.length == end - start
              || equalsLowerCase(key, a, start, end))) {
        return masks[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return 0;
  }

  /**
   * The longest words of small ASCII letters that {@code String.hashCode} tells apart: two such
   * words of one length differ in their hashes by {@code sum d_i 31^i}, each {@code |d_i|} at most
   * 25 ('z' - 'a'); the highest {@code d_i} not 0 outweighs all below it (25 sums to less than 31),
   * so the sum is not 0, and up to 6 letters it stays under 2^31 (25/30 of 31^6 is 7.4 * 10^8), so
   * it is not 0 modulo 2^32 either. A word found by its hash among such keys needs no compare.
   */
  static final int HASH_TELLS_APART = 6;

  private int maskOf(String word) {
    int slot = word.hashCode() & (keys.length - 1);
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (key.equals(word)) {
        return masks[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return 0;
  }

  /**
   * Characters that {@code String.toLowerCase} does not lower-case one by one as {@code
   * Character.toLowerCase(char)} does: surrogates (case pairs outside the BMP), capital sigma
   * (final form by context) and capital I with dot (two characters).
   */
  static boolean isSpecialCase(char c) {
    return Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130';
  }

  private static boolean equalsLowerCase(char[] key, char[] a, int start, int end) {
    if (key.length != end - start) {
      return false;
    }
    for (int k = 0; k < key.length; k++) {
      char c = a[start + k];
      // an ASCII capital lower-cased without the tables, as Character.toLowerCase does it
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (key[k] != (c < 0x80 ? lower : Character.toLowerCase(c))) {
        return false;
      }
    }
    return true;
  }
}
