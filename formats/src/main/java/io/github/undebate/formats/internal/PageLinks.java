package io.github.undebate.formats.internal;

import io.github.undebate.core.CitationType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a UN document symbol can be read: the UN's own resolver, {@code https://undocs.org/} and
 * the symbol without spaces ({@code S/RES/2504 (2020)} is {@code
 * https://undocs.org/S/RES/2504(2020)}), which sends the reader to the document in the Official
 * Document System.
 */
final class PageLinks {
  private PageLinks() {}

  private static final String RESOLVER = "https://undocs.org/";

  /**
   * A symbol: an organ's letters, then parts after slashes ({@code A/RES/64/293}, {@code
   * S/PV.8700}, {@code S/2020/24/Rev.1}, {@code A/RES/491 (V)}). Anything else (a Charter article,
   * a dated letter) has no address.
   */
  private static final Pattern SYMBOL =
      Pattern.compile("[A-Z][A-Za-z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+(?: ?\\([A-Za-z0-9\\-]+\\))?");

  /** The address of a citation's target, for the kinds of citation that name a document. */
  static Optional<String> of(CitationType type, String target) {
    if (type == CitationType.RESOLUTION
        || type == CitationType.DOCUMENT
        || type == CitationType.MEETING) {
      return symbol(target);
    }
    return Optional.empty();
  }

  /** The address of a document symbol, or empty when the text is not one. */
  static Optional<String> symbol(String symbol) {
    String s = symbol.strip();
    if (!SYMBOL.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(RESOLVER + s.replace(" ", ""));
  }
}
