package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text without trusting the platform. In order: a byte order mark decides (UTF-8,
 * UTF-16BE, UTF-16LE); else text whose zero bytes sit in every other place is UTF-16 without a
 * mark; else strict UTF-8; else Windows-1252; else, when the bytes use one of the five values that
 * Windows-1252 leaves undefined, ISO-8859-1, which maps every byte to a character. Every choice but
 * a UTF-8 one is reported in a diagnostic, so that nothing is lost or silently misread.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many leading bytes the UTF-16 guess looks at. */
  private static final int SAMPLE = 4096;

  private TextDecoder() {}

  /** Decodes the bytes, saying in a diagnostic when it had to guess or fall back. */
  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return marked(bytes, 3, StandardCharsets.UTF_8, List.of());
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16BE, "by its byte order mark");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16LE, "by its byte order mark");
    }
    Charset guessed = utf16WithoutMark(bytes);
    if (guessed != null) {
      return utf16(bytes, 0, guessed, "because every other byte is zero");
    }
    try {
      return new DecodedText(strict(StandardCharsets.UTF_8, bytes), List.of());
    } catch (CharacterCodingException e) {
      // Not UTF-8: a single-byte Western charset, the usual one for scraped and exported text.
    }
    try {
      return new DecodedText(
          strict(WINDOWS_1252, bytes),
          List.of(
              fallback(
                  "the input is not valid UTF-8; it was read as Windows-1252",
                  firstInvalidUtf8(bytes))));
    } catch (CharacterCodingException e) {
      return new DecodedText(
          new String(bytes, StandardCharsets.ISO_8859_1),
          List.of(
              fallback(
                  "the input is neither valid UTF-8 nor Windows-1252; it was read as ISO-8859-1",
                  firstInvalidUtf8(bytes))));
    }
  }

  private static Diagnostic fallback(String message, int offset) {
    return new Diagnostic(
        Severity.WARNING,
        "input.charset_fallback",
        0,
        message + " (the first byte that is not UTF-8 is at offset " + offset + ")",
        "");
  }

  private static DecodedText utf16(byte[] bytes, int skip, Charset charset, String why) {
    Diagnostic read =
        new Diagnostic(
            Severity.INFO, "input.charset", 0, "the input was read as " + charset + " " + why, "");
    return marked(bytes, skip, charset, List.of(read));
  }

  /** Text in a known charset: strictly if it can, else with replacement characters, reported. */
  private static DecodedText marked(
      byte[] bytes, int skip, Charset charset, List<Diagnostic> diagnostics) {
    byte[] body = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
    try {
      return new DecodedText(strict(charset, body), diagnostics);
    } catch (CharacterCodingException e) {
      List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
      all.add(
          new Diagnostic(
              Severity.WARNING,
              "input.malformed",
              0,
              "some bytes are not valid "
                  + charset
                  + " and were read as the replacement character U+FFFD",
              ""));
      return new DecodedText(new String(body, charset), all);
    }
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

  private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return bytes.length;
      }
      out.clear();
    }
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
