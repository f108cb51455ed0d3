package io.github.undebate.parser.reliability.tofix;

import java.util.Map;
import java.util.Optional;

/**
 * Corpus records on which a reader still loses text, each with the {@code tofix} test that shows
 * it. The no-text-lost test skips them (visibly) until the reader is fixed; remove an entry when
 * its test passes.
 */
public final class KnownTextLosses {
  private static final String HYPHEN =
      "statement reader drops the hyphen of a word broken at a line end; see TextLossToFixTest";
  private static final String GARBLED =
      "statement reader drops OCR-garbled lines without a removed.* diagnostic; see"
          + " TextLossToFixTest";
  private static final Map<String, String> RECORDS =
      Map.ofEntries(
          Map.entry("corpus/delivered/gadebate2024_br_pt.txt", HYPHEN),
          Map.entry("corpus/delivered/gadebate2024_by_ru.txt", HYPHEN),
          Map.entry("corpus/delivered/gadebate2024_cn_en.txt", HYPHEN),
          Map.entry("corpus/delivered/gadebate2024_ps_ar.txt", GARBLED),
          Map.entry("corpus/delivered/gadebate2024_sa_ar.txt", GARBLED));

  private KnownTextLosses() {}

  /** Why the record is known to lose text, if it is. */
  public static Optional<String> reason(String record) {
    return Optional.ofNullable(RECORDS.get(record));
  }
}
