package io.github.undebate.parser.internal.verbatim;

/**
 * One field of a verbatim record's header (the symbol, the meeting number, the President ...), read
 * from the header's lines. {@link HeaderReader} tries the fields in order; a field may use what the
 * fields before it found (the organ comes from the symbol when there is one).
 */
interface HeaderField {
  /** Reads the field from the page into the header, or leaves the header as it is. */
  void read(HeaderPage page, RecordHeader.Builder header);
}
