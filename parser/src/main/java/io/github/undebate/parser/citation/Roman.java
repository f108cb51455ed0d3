package io.github.undebate.parser.citation;

/** Roman numerals, as the UN prints sessions ("XXVI") and Charter chapters ("VIII"). */
final class Roman {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private Roman() {}

  /** The numeral for a positive number. */
  static String of(int number) {
    if (number <= 0) {
      throw new IllegalArgumentException("number must be > 0, was " + number);
    }
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
    for (int n = 1; n <= 50; n++) {
      if (of(n).equals(numeral)) {
        return n;
      }
    }
    return 0;
  }
}
