package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * Text decoded from bytes, with what the decoder had to say about the charset, and the charset it
 * chose (empty for text that was not decoded from bytes by a charset, such as a PDF's).
 */
public record DecodedText(String text, List<Diagnostic> diagnostics, Optional<Charset> charset) {
  public DecodedText {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Text made otherwise than by decoding bytes with a charset. */
  public DecodedText(String text, List<Diagnostic> diagnostics) {
    this(text, diagnostics, Optional.empty());
  }

  /** Text decoded from bytes with {@code charset}. */
  static DecodedText decoded(String text, List<Diagnostic> diagnostics, Charset charset) {
    return new DecodedText(text, diagnostics, Optional.of(charset));
  }
}
