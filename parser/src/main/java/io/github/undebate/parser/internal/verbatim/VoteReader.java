package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a {@link Vote} of the country lists and the text around them: the method from the note
 * before ("A vote was taken by show of hands."), the draft from the President's words before ("I
 * shall now put to the vote the draft resolution contained in document S/2020/24"), the outcome,
 * resolution and announced totals from what follows ("The draft resolution received 11 votes in
 * favour, none against and 4 abstentions. The draft resolution is adopted as resolution 2504
 * (2020).").
 */
final class VoteReader {
  static final Pattern DRAFT_SYMBOL =
      Pattern.compile(
          "\\b[AS]/(?:(?:ES-)?\\d{1,4}/)?(?:L\\.\\d+(?:/Rev\\.\\d+)?|\\d{4}/\\d{1,4}|\\d{1,4})\\b");
  private static final Pattern NUMBERED_DRAFT =
      Pattern.compile("\\bdraft (?:resolution|decision) [IVXLC]+\\b", Pattern.CASE_INSENSITIVE);
  private static final String NUMBER =
      "(\\d+|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen)";
  private static final Pattern RECEIVED =
      Pattern.compile(
          "received\\s+"
              + NUMBER
              + "\\s+votes?\\s+in\\s+favour(?:,\\s*"
              + NUMBER
              + "\\s+against)?(?:,?\\s*and\\s+"
              + NUMBER
              + "\\s+abstentions?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RESULT =
      Pattern.compile(
          NUMBER
              + "\\s+votes?\\s+in\\s+favour,\\s*"
              + NUMBER
              + "\\s+against,?\\s*(?:and|with)\\s+"
              + NUMBER
              + "\\s+(?:abstaining|abstentions?|abstained)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_VOTES =
      Pattern.compile(
          "by\\s+"
              + NUMBER
              + "\\s+votes?\\s+to\\s+"
              + NUMBER
              + "(?:,\\s*with\\s+"
              + NUMBER
              + "\\s+abstentions?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_ADOPTED =
      Pattern.compile(
          "not\\s+(?:been\\s+)?adopted|failed\\s+to|was\\s+rejected|been\\s+rejected|not\\s+retained",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ADOPTED =
      Pattern.compile("\\b(?:adopted|retained|approved)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SC_RESOLUTION =
      Pattern.compile("resolution\\s+(\\d{1,4}\\s*\\(\\d{4}\\))", Pattern.CASE_INSENSITIVE);
  private static final Pattern GA_RESOLUTION =
      Pattern.compile(
          "resolution\\s+((?:ES-)?\\d{1,3}/\\d{1,3}(?:\\s?[A-Z])?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACED_HYPHEN =
      Pattern.compile("(?<=\\p{L})\\s+-(?=\\p{L})|(?<=\\p{L})-\\s+(?=\\p{Lu})");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("none", 0),
          Map.entry("no", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15));

  /**
   * The announced totals, where the text states them.
   *
   * @param inFavour votes in favour, or -1
   * @param against votes against, or -1
   * @param abstaining abstentions, or -1
   */
  record Totals(int inFavour, int against, int abstaining) {
    /** Whether the lists' counts agree with the totals (a total not stated agrees with any). */
    boolean agreeWith(int listedInFavour, int listedAgainst, int listedAbstaining) {
      return inFavour == listedInFavour
          && (against < 0 || against == listedAgainst)
          && (abstaining < 0 || abstaining == listedAbstaining);
    }

    /** The totals as "11-0-4", a total not stated as 0. */
    @Override
    public String toString() {
      return inFavour + "-" + Math.max(0, against) + "-" + Math.max(0, abstaining);
    }
  }

  private VoteReader() {}

  /** The method a note names. */
  static VoteMethod method(String note) {
    String n = note == null ? "" : note.toLowerCase(Locale.ROOT);
    if (n.contains("show of hands")) {
      return VoteMethod.SHOW_OF_HANDS;
    }
    if (n.contains("roll-call") || n.contains("roll call")) {
      return VoteMethod.ROLL_CALL;
    }
    if (n.contains("recorded")) {
      return VoteMethod.RECORDED;
    }
    if (n.contains("secret ballot")) {
      return VoteMethod.SECRET_BALLOT;
    }
    return VoteMethod.OTHER;
  }

  /**
   * The draft voted on, from the paragraphs before the vote, last first: the last symbol with
   * "draft" near it; none when the last paragraph puts an amendment to the vote.
   */
  static Optional<String> draft(List<String> before) {
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - 6; k--) {
      String text = before.get(k);
      String found = null;
      Matcher m = DRAFT_SYMBOL.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 60);
        int to = Math.min(text.length(), m.end() + 80);
        String around = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (around.contains("draft") && !m.group().contains("/PV")) {
          found = m.group();
        }
      }
      if (found != null) {
        return Optional.of(found);
      }
      if (k == before.size() - 1
          && (text.toLowerCase(Locale.ROOT).contains("amendment")
              || NUMBERED_DRAFT.matcher(text).find())) {
        // "the oral amendment", "draft resolution III, as amended": a draft without a symbol.
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The totals that the text after the vote announces. */
  static Optional<Totals> totals(String after) {
    Matcher m = RECEIVED.matcher(after);
    if (m.find()) {
      return Optional.of(new Totals(num(m.group(1)), num(m.group(2)), num(m.group(3))));
    }
    m = RESULT.matcher(after);
    if (m.find()) {
      return Optional.of(new Totals(num(m.group(1)), num(m.group(2)), num(m.group(3))));
    }
    m = BY_VOTES.matcher(after);
    if (m.find()) {
      int abst = m.group(3) == null ? 0 : num(m.group(3));
      return Optional.of(new Totals(num(m.group(1)), num(m.group(2)), abst));
    }
    return Optional.empty();
  }

  /** The outcome that the text after the vote states, else a majority of the votes cast. */
  static VoteOutcome outcome(String after, int inFavour, int against) {
    String first = after.length() > 600 ? after.substring(0, 600) : after;
    if (NOT_ADOPTED.matcher(first).find()) {
      return VoteOutcome.NOT_ADOPTED;
    }
    if (ADOPTED.matcher(first).find()) {
      return VoteOutcome.ADOPTED;
    }
    return inFavour > against ? VoteOutcome.ADOPTED : VoteOutcome.NOT_ADOPTED;
  }

  /** The resolution that the adoption made, as a symbol ("S/RES/2504 (2020)", "A/RES/61/295"). */
  static Optional<String> resolution(String after, Body body) {
    String first = after.length() > 600 ? after.substring(0, 600) : after;
    Matcher m = SC_RESOLUTION.matcher(first);
    if (m.find() && body != Body.GENERAL_ASSEMBLY) {
      return Optional.of("S/RES/" + m.group(1).replaceAll("\\s*\\(", " ("));
    }
    m = GA_RESOLUTION.matcher(first);
    if (m.find()) {
      return Optional.of("A/RES/" + m.group(1).replace(" ", ""));
    }
    return Optional.empty();
  }

  /**
   * The countries as UN short names. Two names that the record printed without their comma ("Zambia
   * Zimbabwe") are split; a name the tables do not know is kept as printed, with a warning.
   */
  static List<String> countries(
      List<String> printed, RecordNames names, List<Diagnostic> diagnostics, int line) {
    List<String> out = new ArrayList<>();
    for (String listed : printed) {
      // "Timor -Leste", "Guinea- Bissau": a space the text extraction put beside a hyphen
      String p = SPACED_HYPHEN.matcher(listed).replaceAll("-");
      if (names.exact(p)) {
        // The lists print the UN short names of their time: kept as printed.
        out.add(p);
        continue;
      }
      List<String> pair = splitAtAnd(p, names);
      if (!pair.isEmpty()) {
        out.addAll(pair);
        diagnostics.add(
            new Diagnostic(
                Severity.INFO,
                "vote.split_at_and",
                line,
                "the last two names of a list joined by \"and\", read as two countries",
                p));
        continue;
      }
      Optional<State> c = Nations.namedRepaired(p).or(() -> dehyphenated(p));
      if (c.isPresent()) {
        out.add(c.get().name());
        diagnostics.add(
            new Diagnostic(
                Severity.INFO,
                "vote.name_repaired",
                line,
                "a name broken by the text extraction, read as " + c.get().name(),
                p));
        continue;
      }
      List<String> split = splitPair(p);
      if (!split.isEmpty()) {
        out.addAll(split);
        diagnostics.add(
            new Diagnostic(
                Severity.INFO,
                "vote.missing_comma",
                line,
                "two names without a comma between them, read as two countries",
                p));
        continue;
      }
      out.add(p);
      diagnostics.add(
          new Diagnostic(
              Severity.WARNING,
              "vote.unknown_country",
              line,
              "a name in the vote lists that is no known country, kept as printed",
              p));
    }
    return out;
  }

  /**
   * The two countries of "China and Russian Federation", "United Kingdom of Great Britain and
   * Northern Ireland and United States of America": a list that joins its last two names with
   * "and". Which "and" parts them the names decide: both parts must be names of States, so "Bosnia
   * and Herzegovina" (known whole, never split) stays one.
   */
  private static List<String> splitAtAnd(String printed, RecordNames names) {
    for (int i = printed.indexOf(" and "); i > 0; i = printed.indexOf(" and ", i + 1)) {
      String first = printed.substring(0, i).strip();
      String second = printed.substring(i + 5).strip();
      Optional<String> a = listed(first, names);
      Optional<String> b = listed(second, names);
      if (a.isPresent() && b.isPresent()) {
        return List.of(a.get(), b.get());
      }
    }
    return List.of();
  }

  /** A name of a list as the record prints it, else as the tables name it. */
  private static Optional<String> listed(String printed, RecordNames names) {
    if (names.exact(printed)) {
      return Optional.of(printed);
    }
    return Nations.namedRepaired(printed).or(() -> dehyphenated(printed)).map(State::name);
  }

  /**
   * A name that the text extraction broke at a hyphen: the line-break hyphen of "Ar- gentina" or
   * "United King- dom" left in, the space of "Timor -Leste" put in.
   */
  private static Optional<State> dehyphenated(String printed) {
    if (printed.indexOf('-') < 0) {
      return Optional.empty();
    }
    String joined = printed.replaceAll("\\s*-\\s+|\\s+-\\s*", "-");
    Optional<State> c = Nations.named(joined);
    if (c.isEmpty()) {
      // a hyphen that ended a line inside a word: "Ar-gentina" is Argentina
      c = Nations.named(joined.replaceAll("(?<=\\p{Ll})-(?=\\p{Ll})", ""));
    }
    return c;
  }

  private static List<String> splitPair(String printed) {
    for (int i = printed.indexOf(' '); i > 0; i = printed.indexOf(' ', i + 1)) {
      Optional<State> a = Nations.namedRepaired(printed.substring(0, i));
      Optional<State> b = Nations.namedRepaired(printed.substring(i + 1));
      if (a.isPresent() && b.isPresent()) {
        return List.of(a.get().name(), b.get().name());
      }
    }
    return List.of();
  }

  private static int num(String s) {
    if (s == null) {
      return -1;
    }
    Integer w = WORDS.get(s.toLowerCase(Locale.ROOT));
    if (w != null) {
      return w;
    }
    return Integer.parseInt(s);
  }
}
