package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;

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
}
