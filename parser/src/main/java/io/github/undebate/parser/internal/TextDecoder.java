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
 * Bytes to text without trusting the platform: a byte order mark decides, else strict UTF-8, else
 * Windows-1252, which maps every byte to a character so that nothing is lost.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes the bytes, saying in a diagnostic when it had to fall back. */
  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), List.of());
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), List.of());
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), List.of());
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new DecodedText(text, List.of());
    } catch (CharacterCodingException e) {
      return new DecodedText(
          new String(bytes, WINDOWS_1252),
          List.of(
              new Diagnostic(
                  Severity.WARNING,
                  "input.charset_fallback",
                  0,
                  "the input is not valid UTF-8; it was read as Windows-1252",
                  "")));
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
