package io.github.undebate.parser.internal.common;

/**
 * The pass of {@link WordReader#nextFolded} over the separators and the plain words of small
 * letters it leaves unfolded, as one loop over the characters with a table of three states (between
 * words, after one small letter, after more), not a loop for each word: a word ended every few
 * characters, and each end was a jump the processor mispredicted, most of the cost of reading a
 * speech for the names of States (issue 14). It stops at any other word, at the first character
 * {@link WordReader} reads by its general loop, which goes on from there as it did before. For one
 * {@code keep} mask at a time; immutable and safe to share.
 */
final class SmallWords {
  // what a character is to the pass: a small letter passed over or kept (the two small ones
  // first), a capital or digit, an apostrophe, a dot, another ASCII separator, and beyond ASCII a
  // letter or digit or a separator
  private static final int PASSED = 0;
  private static final int KEPT = 1;
  private static final int CAPITAL = 2;
  private static final int APOSTROPHE = 3;
  private static final int DOT = 4;
  private static final int SEPARATOR = 5;
  private static final int WIDE_LETTER = 6;
  private static final int WIDE_SEPARATOR = 7;

  /**
   * Whether the pass stops at a character, by whether the character two before was a small letter
   * (bit 6), the kind of the one before (bits 3 to 5) and its own: by the kinds of characters, not
   * a state read from a table at each step, so that no step waits for the one before.
   */
  private static final boolean[] STOPS = stops();

  // the tables made, in the order first asked for: readers of the indexes ask for a few masks
  // again and again, and a table made for each reading was a tenth of the seed's allocation (a
  // table is immutable, its fields final: one read from here is whole)
  private static final SmallWords[] MADE = new SmallWords[16];

  private final int keep;
  // the kind of each ASCII character
  private final byte[] kinds = new byte[128];

  private SmallWords(int keep) {
    this.keep = keep;
    for (char c = 0; c < 128; c++) {
      int kind;
      if (c >= 'a' && c <= 'z') {
        kind = (~keep >>> (c - 'a') & 1) != 0 ? PASSED : KEPT;
      } else if (Words.isAsciiLetterOrDigit(c)) {
        kind = CAPITAL;
      } else {
        kind = c == '\'' ? APOSTROPHE : c == '.' ? DOT : SEPARATOR;
      }
      kinds[c] = (byte) kind;
    }
  }

  private static boolean[] stops() {
    boolean[] stops = new boolean[128];
    for (int twoBefore = 0; twoBefore < 2; twoBefore++) {
      for (int before = 0; before < 8; before++) {
        for (int kind = 0; kind < 8; kind++) {
          boolean stop;
          if (before <= KEPT) {
            // in a small word: small letters go on it, and a plain separator ends it; a capital,
            // digit, apostrophe or character beyond ASCII goes on a word WordScan reads, and so
            // does a dot after one letter (an initialism): the reader reads such a word
            stop =
                kind == DOT ? twoBefore == 0 : kind != PASSED && kind != KEPT && kind != SEPARATOR;
          } else {
            // between words: separators stay, a small letter passed over opens a word, any
            // other word (a capital, a digit, a small letter kept, a letter beyond ASCII) is the
            // reader's
            stop = kind == KEPT || kind == CAPITAL || kind == WIDE_LETTER;
          }
          stops[twoBefore << 6 | before << 3 | kind] = stop;
        }
      }
    }
    return stops;
  }

  /** The table that passes over small words that open with a letter not in {@code keep}. */
  static SmallWords passing(int keep) {
    SmallWords[] made = MADE;
    for (int k = 0; k < made.length; k++) {
      SmallWords s = made[k];
      if (s == null) {
        // two threads may both fill a slot: one table is lost, and made again when asked for
        s = new SmallWords(keep);
        made[k] = s;
        return s;
      }
      if (s.keep == keep) {
        return s;
      }
    }
    SmallWords s = new SmallWords(keep);
    made[0] = s; // more masks than slots: none is asked for so far
    return s;
  }

  /**
   * Passes over separators and plain small words from {@code i}, which stands between words, up to
   * {@code limit}: returns {@code limit}, or where the first other word starts; or, at a character
   * beyond ASCII that is a letter or digit, where it stands or where the word it is in starts. A
   * separator beyond ASCII is passed over.
   */
  int pass(String text, int i, int limit) {
    byte[] kinds = this.kinds;
    boolean[] stops = STOPS;
    int from = i;
    // the kinds of the character before and whether the one before it was a small letter, as an
    // index of STOPS; the pass starts between words
    int before = SEPARATOR << 3;
    while (i < limit) {
      char c = text.charAt(i);
      int kind = c < 128 ? kinds[c] : Character.isLetterOrDigit(c) ? WIDE_LETTER : WIDE_SEPARATOR;
      if (stops[before | kind]) {
        break;
      }
      // the character before becomes the one two before: small when its kind is (bits 3 to 5)
      before = ((before & 0x38) < (CAPITAL << 3) ? 64 : 0) | kind << 3;
      i++;
    }
    if ((before & 0x38) < (CAPITAL << 3) && i < text.length()) {
      // stopped inside a word (not ended by the text's end): the reader reads it from its start
      i = wordStart(text, from, i);
    }
    return i;
  }

  /**
   * Where the last word {@link #pass} passed over from {@code from} to {@code to}, its result,
   * ends; -1 when it passed none. A word passed is small letters, between separators.
   */
  static int lastWordEnd(String text, int from, int to) {
    int k = to;
    while (k > from && !isSmall(text.charAt(k - 1))) {
      k--;
    }
    return k > from ? k : -1;
  }

  /** Where the word of small letters that ends at {@code end} starts, not before {@code from}. */
  static int wordStart(String text, int from, int end) {
    int k = end;
    while (k > from && isSmall(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static boolean isSmall(char c) {
    return c >= 'a' && c <= 'z';
  }
}
