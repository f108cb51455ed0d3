package io.github.undebate.parser.citation;

/** Roman numerals, as the UN prints sessions ("XXVI") and Charter chapters ("VIII"). */
final class Roman {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  /** The highest value {@link #value} reads. */
  private static final int HIGHEST = 50;

  /** The numerals of 1 to {@link #HIGHEST}, at their values: read many times, made once. */
  private static final String[] NUMERALS = new String[HIGHEST + 1];

  static {
    for (int n = 1; n <= HIGHEST; n++) {
      NUMERALS[n] = spell(n);
    }
  }

  private Roman() {}

  /** The numeral for a positive number. */
  static String of(int number) {
    if (number <= 0) {
      throw new IllegalArgumentException("number must be > 0, was " + number);
    }
    return number <= HIGHEST ? NUMERALS[number] : spell(number);
  }

  private static String spell(int number) {
    StringBuilder b = new StringBuilder();
    int rest = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        b.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return b.toString();
  }

  /** The value of a well-formed numeral, or 0 when it is not one ("IIII", "VX"). */
  static int value(String numeral) {
    for (int n = 1; n <= HIGHEST; n++) {
      if (NUMERALS[n].equals(numeral)) {
        return n;
      }
    }
    return 0;
  }
}
