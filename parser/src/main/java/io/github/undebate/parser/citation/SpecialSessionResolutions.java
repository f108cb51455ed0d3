package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General Assembly resolutions of special sessions cited by number without the word "resolution":
 * an emergency special session's anywhere ("ES-10/24", as PDF extraction spaces it "ES -10/24"), a
 * special session's in parentheses or brackets ("The Declaration (S-18/3)") → {@code
 * A/RES/ES-10/24}, {@code A/RES/S-18/3}. Not a number inside a symbol ({@code A/ES-10/273}, {@link
 * DocumentSymbols}'s) or after "decision".
 */
final class SpecialSessionResolutions implements CitationForm {
  private static final Pattern SPECIAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.\\-])(?:(?<es>ES[ \\t]?-[ \\t]?\\d{1,2}[ \\t]?/[ \\t]?\\d{1,3})"
              + "|(?<=[(\\[])(?<s>S-\\d{1,2}/\\d{1,3})(?=[)\\]]))"
              + "(?![\\p{L}\\p{N}/])");

  private static final Pattern DECISION = Pattern.compile("[Dd]ecisions?\\s$");

  /** How far back "decision" is looked for: the word and its space. */
  private static final int DECISION_WINDOW = 10;

  @Override
  public boolean mayOccur(String text) {
    return text.indexOf('/') >= 0;
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    Matcher m = null;
    int from = 0;
    for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      int start = specialBefore(text, slash);
      if (start < from) {
        continue;
      }
      if (m == null) {
        m = SPECIAL.matcher(text).useTransparentBounds(true);
      }
      if (!m.region(start, text.length()).lookingAt()) {
        continue;
      }
      Matcher decision = DECISION.matcher(text).region(Math.max(0, start - DECISION_WINDOW), start);
      if (!decision.find()) {
        out.add(
            new Found(
                CitationType.RESOLUTION,
                m.start(),
                m.end(),
                "A/RES/" + DocumentSymbols.squeeze(m.group())));
      }
      from = m.end();
    }
  }

  /**
   * Where a special session's number may open before this slash: "ES-10", "S-18", "ES -10", read
   * backwards from the slash; -1 for nowhere. Looking back from each slash costs a few characters,
   * so that texts without these numbers are not searched for them.
   */
  private static int specialBefore(String text, int slash) {
    int i = skipSpace(text, slash - 1);
    int digits = 0;
    while (i >= 0 && digits < 3 && Character.isDigit(text.charAt(i))) {
      i--;
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return -1;
    }
    i = skipSpace(text, i);
    if (i < 0 || text.charAt(i) != '-') {
      return -1;
    }
    i = skipSpace(text, i - 1);
    if (i < 0 || text.charAt(i) != 'S') {
      return -1;
    }
    return i > 0 && text.charAt(i - 1) == 'E' ? i - 1 : i;
  }

  /** The position of the character before at most one space or tab at {@code i}. */
  private static int skipSpace(String text, int i) {
    return i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t') ? i - 1 : i;
  }
}
