package io.github.undebate.parser.internal.verbatim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session or year, kept as printed, on a line of its own: "Seventy-fifth year", "Sixty-first
 * session", "FORTY-EIGHTH SESSION", also with a date after it.
 */
final class SessionField implements HeaderField {
  private static final Pattern SESSION =
      Pattern.compile(
          "^((?:[A-Za-z]+-)?[A-Za-z]*(?:first|second|third|th)\\s+(?:year|session))"
              + "(?:\\s+\\d{1,2}\\s+\\w+\\s+\\d{4})?$",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    for (int i = 0; i < page.end(); i++) {
      if (page.isGap(i)) {
        continue;
      }
      Matcher m = SESSION.matcher(page.text(i));
      if (m.matches()) {
        header.session(m.group(1));
        page.take(i);
        return;
      }
    }
  }
}
