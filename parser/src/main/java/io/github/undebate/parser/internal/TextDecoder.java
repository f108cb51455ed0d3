package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.LimitExceededException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bytes to text without trusting the platform. In order: a byte order mark decides (UTF-8,
 * UTF-16BE, UTF-16LE); else text whose zero bytes sit in every other place is UTF-16 without a
 * mark; else valid UTF-8 is UTF-8; else the charset that an HTML page declares in its {@code
 * <meta>}; else UTF-8 with a few stray bytes keeps its UTF-8 and reads each stray byte as
 * Windows-1252; else Windows-1252. Each byte is read for what it is: a byte that the chosen charset
 * does not define becomes U+FFFD, and a diagnostic says which bytes at which offsets. Every choice
 * but a UTF-8 one is reported, so that nothing is lost or silently misread.
 *
 * <p>The text is decoded a chunk at a time up to the character limit, past which only the count
 * goes on: a page far over the limit costs its bytes and the limit, not its whole text.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many leading bytes the UTF-16 guess looks at. */
  private static final int SAMPLE = 4096;

  /** How many replaced bytes a diagnostic names one by one. */
  private static final int NAMED = 5;

  private TextDecoder() {}

  /** Decodes bytes with no character limit and no declared charset. */
  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, Integer.MAX_VALUE, Optional.empty());
  }

  /**
   * Decodes the bytes, saying in a diagnostic when it had to guess, fall back or replace.
   *
   * @param maxChars the most characters the text may have
   * @param declared the charset the document declares (an HTML page's {@code <meta charset>}), a
   *     weaker signal than a byte order mark or valid UTF-8
   * @throws LimitExceededException naming {@code maxInputChars} if the text is longer
   */
  public static DecodedText decode(byte[] bytes, int maxChars, Optional<Charset> declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return marked(bytes, 3, StandardCharsets.UTF_8, maxChars, List.of());
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16BE, "by its byte order mark", maxChars);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16LE, "by its byte order mark", maxChars);
    }
    Charset guessed = utf16WithoutMark(bytes);
    if (guessed != null) {
      return utf16(bytes, 0, guessed, "because every other byte is zero", maxChars);
    }
    Run utf8 = run(StandardCharsets.UTF_8, bytes, 0, maxChars, Stray.WINDOWS_1252);
    if (utf8.replaced.isEmpty()) {
      return new DecodedText(utf8.text(maxChars), List.of());
    }
    if (declared.isPresent() && !isUnicode(declared.get())) {
      Charset cs = declared.get();
      Run run = run(cs, bytes, 0, maxChars, Stray.REPLACEMENT);
      List<Diagnostic> diagnostics = new ArrayList<>();
      diagnostics.add(
          new Diagnostic(
              Severity.INFO,
              "input.charset",
              0,
              "the input was read as " + cs.name() + ", the charset its <meta> declares",
              ""));
      run.report(cs.name(), diagnostics);
      return new DecodedText(run.text(maxChars), diagnostics);
    }
    int firstInvalid = utf8.replaced.get(0);
    // Valid multi-byte sequences outnumbering the stray bytes say UTF-8 with a few bytes of another
    // file pasted in; otherwise the file is in a single-byte Western charset.
    if (utf8.validNonAscii >= 2L * utf8.replacedCount) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      diagnostics.add(
          fallback(
              "the input is UTF-8 but for "
                  + bytesCount(utf8.replacedCount)
                  + " that are not ("
                  + utf8.describeReplaced()
                  + "); each was read as Windows-1252"
                  + (utf8.undefined > 0
                      ? ", and those that Windows-1252 leaves undefined as U+FFFD"
                      : ""),
              firstInvalid));
      return new DecodedText(utf8.text(maxChars), diagnostics);
    }
    Run cp1252 = run(WINDOWS_1252, bytes, 0, maxChars, Stray.REPLACEMENT);
    List<Diagnostic> diagnostics = new ArrayList<>();
    diagnostics.add(
        fallback("the input is not valid UTF-8; it was read as Windows-1252", firstInvalid));
    cp1252.report("Windows-1252", diagnostics);
    return new DecodedText(cp1252.text(maxChars), diagnostics);
  }

  private static boolean isUnicode(Charset cs) {
    String name = cs.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-") || name.startsWith("UTF_");
  }

  private static Diagnostic fallback(String message, int offset) {
    return new Diagnostic(
        Severity.WARNING,
        "input.charset_fallback",
        0,
        message + " (the first byte that is not UTF-8 is at offset " + offset + ")",
        "");
  }

  private static DecodedText utf16(
      byte[] bytes, int skip, Charset charset, String why, int maxChars) {
    Diagnostic read =
        new Diagnostic(
            Severity.INFO, "input.charset", 0, "the input was read as " + charset + " " + why, "");
    return marked(bytes, skip, charset, maxChars, List.of(read));
  }

  /** Text in a known charset, malformed sequences as U+FFFD, reported. */
  private static DecodedText marked(
      byte[] bytes, int skip, Charset charset, int maxChars, List<Diagnostic> diagnostics) {
    Run run = run(charset, bytes, skip, maxChars, Stray.REPLACEMENT);
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (!run.replaced.isEmpty()) {
      all.add(
          new Diagnostic(
              Severity.WARNING,
              "input.malformed",
              0,
              "some bytes are not valid "
                  + charset
                  + " and were read as the replacement character U+FFFD ("
                  + run.describeReplaced()
                  + ")",
              ""));
    }
    return new DecodedText(run.text(maxChars), all);
  }

  /** What to make of bytes that the charset does not decode. */
  private enum Stray {
    /** U+FFFD for each malformed sequence. */
    REPLACEMENT,
    /** Each byte as Windows-1252, U+FFFD where that leaves it undefined. */
    WINDOWS_1252
  }

  /**
   * Decodes with the JDK's decoder, a chunk at a time, handing each malformed or unmappable
   * sequence to {@code stray}; stops keeping text past {@code maxChars} but goes on counting.
   */
  private static Run run(Charset charset, byte[] bytes, int from, int maxChars, Stray stray) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Run run = new Run(Math.min(bytes.length - from, maxChars), bytes);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        run.take(out, maxChars);
        int at = in.position();
        for (int k = 0; k < result.length(); k++) {
          int b = bytes[at + k] & 0xFF;
          char c = '\uFFFD';
          if (stray == Stray.WINDOWS_1252) {
            c = windows1252(b);
          }
          run.replace(at + k, c, maxChars);
          if (stray == Stray.REPLACEMENT) {
            // one replacement character per malformed sequence, as the JDK's REPLACE does
            run.skipRest(at + k + 1, result.length() - k - 1);
            break;
          }
        }
        in.position(at + result.length());
      } else if (result.isOverflow()) {
        run.take(out, maxChars);
      } else {
        decoder.flush(out);
        run.take(out, maxChars);
        break;
      }
    }
    if (run.length > maxChars) {
      throw new LimitExceededException("maxInputChars", maxChars, run.length);
    }
    if (stray == Stray.WINDOWS_1252) {
      run.validNonAscii = nonAscii(bytes, from) - run.replacedCount;
    }
    return run;
  }

  private static char windows1252(int b) {
    if (b < 0x80) {
      return (char) b;
    }
    String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
    // the JDK decodes the five undefined bytes as U+FFFD
    return s.charAt(0);
  }

  private static long nonAscii(byte[] bytes, int from) {
    long n = 0;
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        n++;
      }
    }
    return n;
  }

  /** A decoding in progress: the text kept, the length counted, the bytes replaced. */
  private static final class Run {
    final StringBuilder text;
    final byte[] bytes;
    long length;
    final List<Integer> replaced = new ArrayList<>(NAMED);
    final List<Character> replacedAs = new ArrayList<>(NAMED);
    long replacedCount;
    long undefined;
    long validNonAscii;

    Run(int capacity, byte[] bytes) {
      this.text = new StringBuilder(Math.max(16, capacity));
      this.bytes = bytes;
    }

    void take(CharBuffer out, int maxChars) {
      out.flip();
      int n = out.remaining();
      if (length + n <= maxChars) {
        text.append(out);
      } else if (length < maxChars) {
        text.append(out, 0, (int) (maxChars - length));
      }
      length += n;
      out.clear();
    }

    void replace(int offset, char c, int maxChars) {
      if (length < maxChars) {
        text.append(c);
      }
      length++;
      replacedCount++;
      if (c == '\uFFFD') {
        undefined++;
      }
      if (replaced.size() < NAMED) {
        replaced.add(offset);
        replacedAs.add(c);
      }
    }

    void skipRest(int offset, int count) {
      // the other bytes of a malformed sequence: named, but one U+FFFD stands for them all
      for (int k = 0; k < count && replaced.size() < NAMED; k++) {
        replaced.add(offset + k);
        replacedAs.add('\uFFFD');
      }
    }

    String text(int maxChars) {
      return text.toString();
    }

    /** Adds a diagnostic naming the bytes that the charset leaves undefined, if any. */
    void report(String charset, List<Diagnostic> diagnostics) {
      if (replacedCount == 0) {
        return;
      }
      diagnostics.add(
          new Diagnostic(
              Severity.WARNING,
              "input.malformed",
              0,
              bytesCount(replacedCount)
                  + " that "
                  + charset
                  + " does not define "
                  + (replacedCount == 1 ? "was" : "were")
                  + " read as the replacement character U+FFFD ("
                  + describeReplaced()
                  + ")",
              ""));
    }

    String describeReplaced() {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < replaced.size(); k++) {
        int at = replaced.get(k);
        sb.append(k == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "0x%02X at offset %d", bytes[at] & 0xFF, at));
        char as = replacedAs.get(k);
        if (as != '\uFFFD') {
          sb.append(" as ").append(as);
        }
      }
      if (replacedCount > replaced.size()) {
        sb.append(", …");
      }
      return sb.toString();
    }
  }

  private static String bytesCount(long n) {
    return n == 1 ? "1 byte" : n + " bytes";
  }

  /**
   * UTF-16 without a byte order mark shows as zero bytes in every other place, as Latin text does
   * in it; returns the byte order, or null when the bytes do not look like UTF-16.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    // Most pairs zero on one side and almost none on the other; a file of zeros is not text.
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
