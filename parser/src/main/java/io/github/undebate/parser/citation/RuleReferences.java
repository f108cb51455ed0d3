package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered rules of the provisional rules of procedure: "In accordance with rule 37 of the
 * Council's provisional rules of procedure" (S/PV.8700), "under rule 39" (S/PV.8698), "Rule 36" →
 * {@code Rules of procedure, rule 37}; "rules 37 and 39" is two. A rule followed by "of the X"
 * where X is not a body's rules of procedure ("rule 10 of the Statute") is not cited.
 */
final class RuleReferences implements CitationForm {
  static final Pattern RULE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<word>[Rr]ules?|RULES?)\\s(?<n>\\d{1,3})(?![\\p{L}\\p{N}/]|\\.\\d)");

  /** Where {@link #RULE} may open: it runs only there. */
  static final Openings RULE_OPENINGS = Openings.of("rule", "Rule", "RULE");

  private static final Pattern ITEM = Pattern.compile("(?<n>\\d{1,3})(?![\\p{L}\\p{N}/]|\\.\\d)");

  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?:\\s?,\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s)");

  /** "of the Council's provisional rules of procedure", "of the rules of procedure". */
  private static final Pattern TRAILER = Pattern.compile(",?\\sof\\s");

  private static final Pattern PROCEDURE =
      Pattern.compile("[^.;:()]{0,60}?rules\\sof\\sprocedure", Pattern.CASE_INSENSITIVE);

  private static final int MAX_LIST = 20;

  @Override
  public boolean mayOccur(String text) {
    return true; // collect's search for the keyword is the test, done once
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    if (!RULE_OPENINGS.occurIn(text)) {
      return;
    }
    Openings.Cursor words = RULE_OPENINGS.in(text);
    // "rule of law" is common, a rule by number rare: the matchers are made for a number only
    int from = words.nextNumbered(0);
    if (from < 0) {
      return;
    }
    Matcher m = RULE.matcher(text).useTransparentBounds(true);
    Matcher item = ITEM.matcher(text);
    Matcher separator = LIST_SEPARATOR.matcher(text);
    Matcher of = TRAILER.matcher(text);
    Matcher procedure = PROCEDURE.matcher(text);
    while (from < text.length() && words.find(m, from)) {
      int count = out.size();
      out.add(found(m.group("n"), m.start(), m.end()));
      int pos = m.end();
      // only "rules 37 and 39" lists; "rule 37, 5 speakers" does not
      char last = text.charAt(m.end("word") - 1);
      int lists = last == 's' || last == 'S' ? MAX_LIST : 0;
      for (int n = 0; n < lists; n++) {
        if (!separator.region(pos, text.length()).lookingAt()
            || !item.region(separator.end(), text.length()).lookingAt()) {
          break;
        }
        out.add(found(item.group("n"), item.start(), item.end()));
        pos = item.end();
      }
      from = pos;
      if (of.region(pos, text.length()).lookingAt()
          && !procedure.region(of.end(), text.length()).lookingAt()) {
        out.subList(count, out.size()).clear();
      }
    }
  }

  private static Found found(String number, int start, int end) {
    return new Found(
        CitationType.RULE, start, end, "Rules of procedure, rule " + Integer.parseInt(number));
  }
}
