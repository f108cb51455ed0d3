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
    return text.indexOf("S-") >= 0 || text.indexOf("S -") >= 0;
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    Matcher m = SPECIAL.matcher(text).useTransparentBounds(true);
    for (int at = nextS(text, 0); at >= 0; at = nextS(text, at + 1)) {
      int start = at > 0 && text.charAt(at - 1) == 'E' ? at - 1 : at;
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
      at = m.end() - 1;
    }
  }

  /** The next "S" that a hyphen follows, after at most one space. */
  private static int nextS(String text, int from) {
    for (int i = text.indexOf('S', from); i >= 0; i = text.indexOf('S', i + 1)) {
      int dash = i + 1 < text.length() && text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
      if (dash < text.length() && text.charAt(dash) == '-') {
        return i;
      }
    }
    return -1;
  }
}
