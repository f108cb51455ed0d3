package io.github.undebate.parser.internal.text;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import java.text.Normalizer;
import java.util.List;

/**
 * Unicode NFC with bounded work. The JDK's normaliser puts a run of combining marks into canonical
 * order by insertion, which is quadratic in the run's length: a crafted run of a million marks from
 * two alternating classes takes minutes. No writing system stacks more than a few marks on a letter
 * (Unicode's stream-safe format allows 30), so a longer run is left as it is, not normalised, and a
 * diagnostic says where.
 */
public final class NormalForm {
  /** The longest run of combining marks that is normalised: the stream-safe format's limit. */
  static final int MAX_MARKS = 30;

  /** The first character that can be a combining mark (U+0300 COMBINING GRAVE ACCENT). */
  private static final char FIRST_MARK = '\u0300';

  private NormalForm() {}

  /**
   * The text in NFC, except runs of more than {@value #MAX_MARKS} combining marks, which stay as
   * they are; each such run adds a WARNING {@code input.marks_not_normalised} to {@code
   * diagnostics}.
   */
  public static String nfc(String text, List<Diagnostic> diagnostics) {
    if (isSettled(text, 0)) {
      return text;
    }
    int run = longRunStart(text, 0);
    if (run < 0) {
      return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (run >= 0) {
      int end = runEnd(text, run);
      // The letter the marks stand on is normalised with the text before it; the marks stay.
      out.append(Normalizer.normalize(text.substring(from, run), Normalizer.Form.NFC));
      out.append(text, run, end);
      diagnostics.add(
          new Diagnostic(
              Severity.WARNING,
              "input.marks_not_normalised",
              0,
              "a run of "
                  + (end - run)
                  + " combining marks at offset "
                  + run
                  + " is longer than "
                  + MAX_MARKS
                  + ", which no writing system needs; it was kept as it is, not normalised to NFC",
              ""));
      from = end;
      run = longRunStart(text, end);
    }
    out.append(Normalizer.normalize(text.substring(from), Normalizer.Form.NFC));
    return out.toString();
  }

  /**
   * Whether {@link #nfc} would give the text from {@code from} on as it is, saying nothing: it is
   * in NFC and has no run of marks too long to normalise. (A text that opens with a byte-order
   * mark, which is NFC and composes with nothing, is in NFC when the rest is.)
   */
  public static boolean isNfc(String text, int from) {
    return isSettled(text, from)
        || longRunStart(text, from) < 0 && Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every character of the text from {@code from} on is {@link #isSettled(char) settled}:
   * such a text is in NFC, as Unicode's quick check (UAX #15) says of a text whose characters all
   * have NFC_Quick_Check=Yes and combining class 0, and holds no combining mark. One pass, without
   * the JDK's normaliser, which reads a String through an interface call a character.
   */
  public static boolean isSettled(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!isSettled(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the character is one that NFC leaves as it is whatever stands around it: a starter
   * (combining class 0) with NFC_Quick_Check=Yes, which composes with nothing before it. All
   * characters below U+0300 (the first combining mark), and the blocks of other characters an
   * English record holds: general punctuation (curly quotes, dashes, spaces from U+2002 on),
   * currency signs, Cyrillic letters, the trade mark sign, geometric shapes, the byte-order mark.
   * Only characters assigned in the JDK's Unicode version, none a mark (NormalFormTest checks each
   * against the JDK's normaliser).
   */
  public static boolean isSettled(char c) {
    return c < FIRST_MARK
        || c >= '\u2002' && c <= '\u2064' // U+2000 and U+2001 are singletons, NFC U+2002, U+2003
        || c >= '\u20A0' && c <= '\u20BF'
        || c >= '\u0400' && c <= '\u0482' // U+0483-U+0489 are marks
        || c >= '\u048A' && c <= '\u052F'
        || c == '\u2122'
        || c >= '\u25A0' && c <= '\u25FF'
        || c == '\uFEFF';
  }

  /** Where the first run of more than {@link #MAX_MARKS} marks at or after {@code from} starts. */
  private static int longRunStart(String text, int from) {
    int length = 0;
    int start = -1;
    for (int i = from; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < FIRST_MARK) {
        length = 0;
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (isMark(cp)) {
        if (length++ == 0) {
          start = i;
        }
        if (length > MAX_MARKS) {
          return start;
        }
      } else {
        length = 0;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static int runEnd(String text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) >= FIRST_MARK && isMark(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** A combining mark: the characters a normaliser may reorder or compose onto a letter. */
  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
