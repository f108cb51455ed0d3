package io.github.undebate.parser.internal;

import java.text.Normalizer;

/**
 * Unicode normalisation form C of a whole input, without the normaliser's cost on text that is
 * already in it. The JDK's normaliser checks a text one {@code charAt} at a time through {@code
 * CharSequence}; on a scraped statement with typographic quotes that check was half of the parse.
 * Nearly every record we read is made only of characters NFC never changes, so a plain scan settles
 * it first.
 */
final class NormalForm {
  private NormalForm() {}

  /** The text in NFC; the same instance when it is already. */
  static String nfc(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && !isInert(c)) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  /**
   * Whether NFC leaves the character alone next to any other of these: Latin, the spacing modifier
   * letters, Cyrillic letters, typographic punctuation, currency signs and the byte order mark.
   * None of them is a combining mark, a decomposition NFC keeps apart, or the second of a pair NFC
   * composes, so a text made only of them is in NFC (Unicode's stability policy keeps it so);
   * {@code NormalFormTest} checks every pair of them against the JDK's normaliser.
   */
  static boolean isInert(char c) {
    return c < 0x300
        || (c >= 0x400 && c <= 0x482) // Cyrillic letters, before its combining marks
        || (c >= 0x48A && c <= 0x4FF)
        || (c >= 0x2010 && c <= 0x2027) // dashes, quotation marks, ellipsis
        || (c >= 0x2030 && c <= 0x205E) // per mille, primes, guillemets
        || (c >= 0x20A0 && c <= 0x20C0) // currency signs
        || c == 0xFEFF;
  }
}
