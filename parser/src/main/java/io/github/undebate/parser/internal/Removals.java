package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.noise.NoiseKind;

/**
 * Diagnostics for text the parser removes. Every removal goes through here so that the no-text-lost
 * check finds it: the code is {@code removed.<what>} and the excerpt is exactly the removed text.
 */
public final class Removals {
  private Removals() {}

  /**
   * A diagnostic for removed text.
   *
   * @param what what the text was, in lower_snake_case: {@code page_header}, {@code site_chrome},
   *     {@code page_number}, {@code front_matter}, ...
   * @param line the 1-based line it stood on
   * @param text exactly what was removed
   */
  public static Diagnostic removed(String what, int line, String text) {
    return new Diagnostic(
        Severity.INFO, "removed." + what, line, "removed " + what.replace('_', ' '), text);
  }

  /** A diagnostic for removed page noise of the given kind ({@code removed.<kind code>}). */
  public static Diagnostic removed(NoiseKind kind, int line, String text) {
    return removed(kind.code(), line, text);
  }
}
