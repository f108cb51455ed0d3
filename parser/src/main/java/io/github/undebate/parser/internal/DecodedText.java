package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import java.util.List;

/** Text decoded from bytes, with what the decoder had to say about the charset. */
public record DecodedText(String text, List<Diagnostic> diagnostics) {
  public DecodedText {
    diagnostics = List.copyOf(diagnostics);
  }
}
