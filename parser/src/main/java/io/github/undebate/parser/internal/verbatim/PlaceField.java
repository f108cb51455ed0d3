package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.text.TitleCase;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the meeting was held: a short line of words within two lines after the date ("New York",
 * "NEW YORK" as "New York", "LAKE SUCCESS, NEW YORK"), or what older records print before the date
 * ("Held at Lake Success, New York, on Tuesday, 1 April 1947", "Held at the Palais des Nations,
 * Geneva, on ..."). The French and Spanish editions print the place after the date too ("New York",
 * "Genève", "Ginebra").
 */
final class PlaceField implements HeaderField {
  /** How many lines after the date's last line the place may stand. */
  private static final int AFTER_DATE = 2;

  private static final Pattern PLACE =
      Pattern.compile("^\\p{Lu}[\\p{L} .'-]{1,30}(?:, \\p{Lu}[\\p{L} .'-]{1,30})?$");

  private static final Pattern HELD_AT =
      Pattern.compile(
          "\\b(?:Held|HELD) (?:at|AT) (?:the |THE )?([A-Z][\\p{L} .'-]{1,40}(?:, ?[A-Z][\\p{L} .'-]{1,30}){0,2}?),? (?:on|ON)\\b");
  private static final Set<String> NOT_PLACES =
      Set.of(
          "provisional",
          "official records",
          "agenda",
          "united nations",
          // the French and Spanish editions' words
          "provisoire",
          "documents officiels",
          "documentos oficiales",
          "ordre du jour",
          "orden del día",
          "nations unies",
          "naciones unidas");

  @Override
  public void read(HeaderPage page, RecordHeader.Builder header) {
    Matcher held = HELD_AT.matcher(page.joined().replace('\n', ' '));
    if (held.find()) {
      header.location(TitleCase.ofCapitals(held.group(1).strip()));
      return;
    }
    int date = page.dateEnd();
    if (date < 0) {
      return;
    }
    for (int i = date + 1; i <= date + AFTER_DATE && i < page.end(); i++) {
      if (page.isGap(i) || page.isTaken(i)) {
        continue;
      }
      String line = page.text(i);
      if (PLACE.matcher(line).matches() && !NOT_PLACES.contains(line.toLowerCase(Locale.ROOT))) {
        header.location(TitleCase.ofCapitals(line));
        return;
      }
    }
  }
}
