package io.github.undebate.parser.citation;

import io.github.undebate.core.Body;
import io.github.undebate.core.CitationType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plenary meeting cited by its ordinal in a bracketed cross-reference, as the Official Records
 * print them: "the statements of the President of the United States [868th meeting]", "[868th
 * meeting, para. 50.]", "[592nd meeting]", "[see 1753rd meeting]" → {@code A/PV.868} in a General
 * Assembly debate, {@code S/PV.868} in a Security Council one. A meeting of a committee ("before
 * the Ad Hoc Political Committee [31st meeting]", "[12th meeting of the First Committee]") is not a
 * plenary record and is left out, as is any meeting when the debate's body is unknown.
 */
final class MeetingReferences implements CitationForm {
  /**
   * The bracket, an optional "see", the ordinal and "meeting". OCR spaces the suffix ("[5 th
   * meeting, para. 174]") or drops it ("[434 meeting]"): a number without its suffix counts only in
   * a square bracket that closes or goes on with a comma right after "meeting".
   */
  private static final Pattern ORDINAL_MEETING =
      Pattern.compile(
          "(?:[\\[(][ \\t]?(?:see\\s)?(?<n>\\d{1,4})[ \\t]?(?:st|nd|rd|th)\\s(?:plenary\\s)?meeting"
              + "|\\[[ \\t]?(?:see\\s)?(?<bare>\\d{1,4})\\smeeting(?=[\\],]))(?![\\p{L}])");

  private static final Pattern COMMITTEE =
      Pattern.compile("Committee|Commission|Sub-Committee|Working\\sGroup|Conference");

  /** "[12th meeting of the First Committee]": the committee named after the meeting. */
  private static final Pattern OF_A_COMMITTEE =
      Pattern.compile(
          "\\sof\\s(?:the\\s|its\\s)?[^\\])]{0,40}?(?:Committee|Commission|Working\\sGroup|Conference)");

  /** How far back a committee's name makes the meeting the committee's. */
  private static final int COMMITTEE_WINDOW = 60;

  @Override
  public boolean mayOccur(String text) {
    return text.contains("meeting");
  }

  @Override
  public void collect(String text, Body body, List<Found> out) {
    Optional<String> series = series(body);
    if (series.isEmpty()) {
      return;
    }
    Matcher m = null;
    for (int at = nextBracket(text, 0); at >= 0; at = nextBracket(text, at + 1)) {
      if (m == null) {
        m = ORDINAL_MEETING.matcher(text);
      }
      if (!m.region(at, text.length()).lookingAt()) {
        continue;
      }
      at = m.end() - 1;
      int bracket = m.start();
      if (COMMITTEE.matcher(text).region(Math.max(0, bracket - COMMITTEE_WINDOW), bracket).find()
          || OF_A_COMMITTEE.matcher(text).region(m.end(), text.length()).lookingAt()) {
        continue;
      }
      String n = m.group("n") != null ? "n" : "bare";
      int number = Integer.parseInt(m.group(n));
      out.add(new Found(CitationType.MEETING, m.start(n), m.end(), series.get() + "/PV." + number));
    }
  }

  /** The first bracket at or after {@code from}: {@link #ORDINAL_MEETING} opens with one. */
  private static int nextBracket(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '(') {
        return i;
      }
    }
    return -1;
  }

  private static Optional<String> series(Body body) {
    if (body == null || body == Body.GENERAL_ASSEMBLY) {
      return Optional.of("A");
    }
    if (body == Body.SECURITY_COUNCIL) {
      return Optional.of("S");
    }
    return Optional.empty();
  }
}
