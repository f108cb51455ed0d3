package io.github.undebate.parser.internal.verbatim;

/**
 * Whether the record is provisional: "Provisional" (Spanish too) or the French edition's
 * "Provisoire" on a line of its own or ending one.
 */
final class ProvisionalField implements HeaderField {
  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    for (int i = 0; i < page.end(); i++) {
      if (page.isGap(i) || page.isTaken(i)) {
        continue;
      }
      String line = page.text(i);
      if (line.equalsIgnoreCase("Provisional")
          || line.endsWith(" Provisional")
          || line.equalsIgnoreCase("Provisoire")
          || line.endsWith(" Provisoire")) {
        header.provisional();
        page.take(i);
      }
    }
  }
}
