package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.Line;
import java.util.List;

/**
 * Reads the header of a verbatim record with one rule per field, tried in order: a later field may
 * use what an earlier one found (the organ the symbol's, the place the date's line). To read a new
 * field, add a {@link HeaderField} to {@link #FIELDS}.
 */
final class HeaderReader {
  static final List<HeaderField> FIELDS =
      List.of(
          new SymbolField(),
          new OrganField(),
          new MeetingNumberField(),
          new DateField(),
          new SessionField(),
          new ProvisionalField(),
          new PlaceField(),
          new PresidentField(),
          new MembersField(),
          new AgendaField());

  private HeaderReader() {}

  /**
   * Reads the header.
   *
   * @param lines all lines of the record, page noise classified
   * @param end the index of the body's first line
   */
  static RecordHeader read(List<Line> lines, int end) {
    return read(lines, end, FIELDS);
  }

  /** Reads the header with the given fields, in order. */
  static RecordHeader read(List<Line> lines, int end, List<HeaderField> fields) {
    HeaderPage page = new HeaderPage(lines, end);
    RecordHeader.Builder header = RecordHeader.builder();
    for (HeaderField field : fields) {
      field.read(page, header);
    }
    return header.build();
  }
}
