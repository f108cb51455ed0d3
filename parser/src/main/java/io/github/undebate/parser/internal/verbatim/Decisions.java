package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.VoteMethod;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.core.VoteTotals;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the decision notes of a record ("Draft resolution A/64/L.72 was adopted (resolution
 * 64/299).", "The amendment (A/65/L.53) was adopted by 93 votes to 55, with 27 abstentions.", "It
 * was so decided (decision 76/423).") into what they decide: the draft or amendment, the outcome,
 * the resolution or decision made and the totals printed. A bare "It was so decided." decides no
 * draft and gives nothing.
 */
final class Decisions {
  /** What a decision note decides on: the words before "was adopted". */
  private static final Pattern DECIDED =
      Pattern.compile(
          "^(.*?)\\s(?:was|were)\\s(?:not\\s)?(?:adopted|retained|rejected)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NOT_ADOPTED =
      Pattern.compile(
          "\\b(?:was|were)\\s+(?:not\\s+(?:adopted|retained)|rejected)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A decision the record numbers: "(decision 64/555)". */
  private static final Pattern NUMBERED =
      Pattern.compile("\\(decision\\s+((?:ES-)?\\d{1,3}\\s?/\\s?\\d{1,4}(?:\\s?[A-Z]\\b)?)\\)");

  private static final Pattern DRAFT_OF_COUNCIL = Pattern.compile("S/\\d{4}/\\d{1,4}");

  /**
   * One decision as a note states it.
   *
   * @param draft the symbol of the draft or amendment, when the note prints it
   * @param outcome adopted or not
   * @param resolution the resolution or decision made, as a symbol
   * @param totals the numbers, when printed
   */
  record Decision(
      Optional<String> draft,
      VoteOutcome outcome,
      Optional<String> resolution,
      Optional<VoteTotals> totals) {
    /**
     * How the decision was taken: without a vote unless totals are printed; then as the vote note
     * before says, else as the decision note itself ("adopted by 10 votes to 1 by show of hands").
     */
    VoteMethod method(String voteNote, String note) {
      if (totals.isEmpty()) {
        return VoteMethod.WITHOUT_VOTE;
      }
      VoteMethod m = VoteReader.method(voteNote);
      return m == VoteMethod.OTHER ? VoteReader.method(note) : m;
    }
  }

  private Decisions() {}

  /**
   * The decision a note states, if it states one: a draft, amendment or paragraph adopted or
   * rejected, or a numbered decision; empty for a bare "It was so decided.".
   */
  static Optional<Decision> of(String note, Body body) {
    Matcher numbered = NUMBERED.matcher(note);
    boolean isNumbered = numbered.find();
    Matcher decided = DECIDED.matcher(note);
    if (!decided.find() && !isNumbered) {
      return Optional.empty();
    }
    Optional<String> draft = isNumbered ? Optional.empty() : draft(decided.group(1));
    VoteOutcome outcome =
        NOT_ADOPTED.matcher(note).find() ? VoteOutcome.NOT_ADOPTED : VoteOutcome.ADOPTED;
    Optional<String> made = Optional.empty();
    if (isNumbered) {
      made = Optional.of("A/DEC/" + numbered.group(1).replace(" ", ""));
    } else if (outcome == VoteOutcome.ADOPTED) {
      made = VoteReader.resolution(note, body);
    }
    return Optional.of(new Decision(draft, outcome, made, totals(note)));
  }

  /** The symbol that the words a note decides on print ("Draft resolution A/61/L.66"). */
  static Optional<String> draft(String subject) {
    Matcher m = VoteReader.DRAFT_SYMBOL.matcher(subject);
    while (m.find()) {
      if (!m.group().contains("/PV")) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a symbol the President's words name is a draft's: a General Assembly draft is an "L."
   * document ("A/61/L.68"), a Security Council draft an S/year/number document; a report that
   * recommends drafts ("A/65/452") is not one.
   */
  static boolean isDraft(String symbol) {
    return symbol.contains("/L.") || DRAFT_OF_COUNCIL.matcher(symbol).matches();
  }

  /** The totals a text prints, a number it leaves out ("none against" unsaid) as 0. */
  static Optional<VoteTotals> totals(String text) {
    return VoteReader.totals(text)
        .map(
            t ->
                new VoteTotals(
                    Math.max(0, t.inFavour()),
                    Math.max(0, t.against()),
                    Math.max(0, t.abstaining())));
  }
}
