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
    return longRunStart(text, from) < 0 && Normalizer.isNormalized(text, Normalizer.Form.NFC);
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
