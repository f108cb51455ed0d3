package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision cited by its session and number, as the General Assembly numbers them: "decision
 * 68/505" → {@code A/DEC/68/505}; a Human Rights Council decision "5/101" → {@code
 * A/HRC/DEC/5/101}.
 */
final class DecisionReferences implements CitationForm {
  static final Pattern DECISION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:[Dd]ecisions?|DECISIONS?)\\s(?<n>\\d{1,2}/\\d{1,3})(?![\\p{L}\\p{N}/])");

  /** Where {@link #DECISION} may open: it runs only there. */
  static final Openings OPENINGS = Openings.of("decision", "Decision", "DECISION");

  @Override
  public boolean mayOccur(String text) {
    return true; // collect's search for the keyword is the test, done once
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    if (!OPENINGS.occurIn(text)) {
      return;
    }
    Openings.Cursor words = OPENINGS.in(text);
    // most decisions a speech names have no number: the matcher is made for a number only
    int from = words.nextNumbered(0);
    if (from < 0) {
      return;
    }
    Matcher m = DECISION.matcher(text).useTransparentBounds(true);
    while (words.find(m, from)) {
      from = m.end();
      Organ organ =
          Organ.namedBefore(text, m.start(), body)
              .or(() -> Organ.of(body))
              .orElse(Organ.GENERAL_ASSEMBLY);
      String series = organ == Organ.HUMAN_RIGHTS_COUNCIL ? "A/HRC/DEC/" : "A/DEC/";
      out.add(new Found(CitationType.DOCUMENT, m.start(), m.end(), series + m.group("n")));
    }
  }
}
