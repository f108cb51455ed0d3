package io.github.undebate.parser.internal.pdf;

/** The direction in which text is written, as a line's reading order needs it. */
final class ReadingOrder {
  private ReadingOrder() {}

  /** Whether the character is a letter written right to left (Arabic, Hebrew). */
  static boolean rightToLeft(char c) {
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** Whether the text has a letter written right to left. */
  static boolean rightToLeft(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (rightToLeft(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a letter or digit written left to right, and none right to left. */
  static boolean leftToRight(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (rightToLeft(c)) {
        return false;
      }
      byte d = Character.getDirectionality(c);
      any |=
          d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
              || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
              || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }
    return any;
  }
}
