package io.github.undebate.parser.internal.verbatim;

import java.util.Optional;

/**
 * The record's symbol: the first one in the header, else in the page noise of the first pages (a
 * 1993 record prints it only in the first page's distribution footer).
 */
final class SymbolField implements HeaderField {
  /** How far into the record a symbol in page noise is looked for. */
  private static final int FIRST_PAGES = 150;

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    int last = Math.min(page.lines().size(), Math.max(page.end(), FIRST_PAGES));
    for (int i = 0; i < last; i++) {
      if (i >= page.end() && !page.lines().get(i).isNoise()) {
        continue;
      }
      Optional<String> symbol = RecordSymbols.find(page.text(i));
      if (symbol.isPresent()) {
        header.symbol(symbol.get());
        return;
      }
    }
  }
}
