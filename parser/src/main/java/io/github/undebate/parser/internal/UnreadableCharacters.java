package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.text.NormalForm;
import io.github.undebate.parser.internal.text.TextChars;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what no record's text contains and no output format can carry: control characters other
 * than tab, line feed, form feed and carriage return; the noncharacters U+FFFE and U+FFFF; and
 * halves of surrogate pairs standing alone, which become U+FFFD. What it removes is reported: as
 * {@code input.control_characters} when there are a few, as {@code input.binary} (an error) when
 * they make up more than a tenth of the input (and are at least eight), which is then most likely
 * not text at all.
 */
public final class UnreadableCharacters {
  private static final ThreadLocal<TextChars> CHARS = TextChars.perThread();

  private UnreadableCharacters() {}

  /**
   * The text without unreadable characters, with {@code diagnostics} and what the removal had to
   * say.
   */
  public static DecodedText remove(String text, List<Diagnostic> diagnostics) {
    int n = text.length();
    int first = firstUnreadable(text);
    if (first == n) {
      return new DecodedText(text, diagnostics);
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    int removed = 0;
    int replaced = 0;
    int firstLine = 1 + lineBreaks(text, first);
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
        replaced++;
      } else if (unreadable(c)) {
        removed++;
      } else {
        out.append(c);
      }
    }
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (removed > 0) {
      // A stray control character or two in a short text is noise, not a binary file.
      boolean binary = removed > n / 10 && removed >= 8;
      all.add(
          new Diagnostic(
              binary ? Severity.ERROR : Severity.WARNING,
              binary ? "input.binary" : "input.control_characters",
              firstLine,
              (binary ? "the input looks like binary data, not text: " : "")
                  + removed
                  + " control characters of "
                  + n
                  + " were removed, the first on line "
                  + firstLine,
              ""));
    }
    if (replaced > 0) {
      all.add(
          new Diagnostic(
              Severity.WARNING,
              "input.malformed",
              0,
              replaced + " unpaired surrogate characters were read as U+FFFD",
              ""));
    }
    return new DecodedText(out.toString(), all);
  }

  /** Whether {@link #remove} would find nothing to remove in the text from {@code from} on. */
  static boolean noneIn(String text, int from) {
    return firstUnreadable(text, from) == text.length();
  }

  /**
   * Whether the text from {@code from} on holds only readable characters that NFC leaves as they
   * are ({@link NormalForm#isSettled(char)}): then neither {@link #remove} nor {@link
   * NormalForm#nfc} changes it or has anything to say. The two questions in one pass, as nearly
   * every record is such a text.
   */
  static boolean plain(String text, int from) {
    // read in chunks: charAt on a text beyond Latin-1 is slow under C1 alone (TextChars)
    TextChars chars = CHARS.get();
    for (int start = from; start < text.length(); start += TextChars.CHUNK) {
      int end = Math.min(text.length(), start + TextChars.CHUNK);
      char[] a = chars.chunk(text, start, end);
      for (int i = start; i < end; i++) {
        char c = a[i - start];
        if (c >= 0x20
            ? c >= 0x7F && (c <= 0x9F || !NormalForm.isSettled(c))
            : c != '\t' && c != '\n' && c != '\f' && c != '\r') {
          return false;
        }
      }
    }
    return true;
  }

  private static int firstUnreadable(String text) {
    return firstUnreadable(text, 0);
  }

  private static int firstUnreadable(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        // Printable ASCII, nearly all of a record: nothing to look at.
        continue;
      }
      if (unreadable(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean unreadable(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
  }

  private static int lineBreaks(String text, int end) {
    int lines = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    return lines;
  }
}
