package io.github.undebate.parser.internal;

import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.parser.internal.noise.NoiseKind;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Diagnostics for text the parser removes. Every removal goes through here so that the no-text-lost
 * check finds it: the code is {@code removed.<what>} and the excerpt is exactly the removed text.
 */
public final class Removals {
  /**
   * The code and message of each kind of removal, made once: a record of many short removed lines
   * holds a diagnostic per line, which would otherwise carry two new strings each (issue 18).
   */
  private static final int MAX_WORDINGS = 256;

  private static final ConcurrentMap<String, Wording> WORDINGS = new ConcurrentHashMap<>();

  private record Wording(String code, String message) {
    static Wording of(String what) {
      return new Wording("removed." + what, "removed " + what.replace('_', ' '));
    }
  }

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
    Wording wording = WORDINGS.get(what);
    if (wording == null) {
      wording = Wording.of(what);
      // the kinds are the readers' constants, a few dozen; the cap only guards against a mistake
      if (WORDINGS.size() < MAX_WORDINGS) {
        WORDINGS.putIfAbsent(what, wording);
      }
    }
    return new Diagnostic(Severity.INFO, wording.code(), line, wording.message(), text);
  }

  /** A diagnostic for removed page noise of the given kind ({@code removed.<kind code>}). */
  public static Diagnostic removed(NoiseKind kind, int line, String text) {
    return removed(kind.code(), line, text);
  }
}
