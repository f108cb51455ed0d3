package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteOutcome;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Completes each vote of a record from the text around its lists: the method from the vote note
 * before it, the draft from the paragraphs before, outcome, resolution and totals from the text
 * after ({@link VoteReader}). {@link Assembly} tells it what it passes on the way.
 */
final class VoteAssembly {
  private static final Pattern PARAGRAPH =
      Pattern.compile(
          "(?:The \\w+(?: \\w+)? )?(?:preambular|operative) paragraphs?\\b",
          Pattern.CASE_INSENSITIVE);

  private final Body body;
  private final RecordNames names;
  private final List<Diagnostic> diagnostics;
  private List<String> before = List.of();
  private String voteNote;

  /**
   * The draft of the last vote under the current heading: separate votes on its paragraphs
   * ("Operative paragraph 7 was retained by 106 votes to 1") are on it too.
   */
  private Optional<String> lastDraft = Optional.empty();

  VoteAssembly(Body body, RecordNames names, List<Diagnostic> diagnostics) {
    this.body = body;
    this.names = names;
    this.diagnostics = diagnostics;
  }

  /** The paragraphs of the last turn, where the President puts a draft to the vote. */
  void said(List<String> paragraphs) {
    before = paragraphs;
  }

  /** A heading on the way: another item, whose drafts are others. */
  void heading() {
    lastDraft = Optional.empty();
  }

  /** Whether a decision note decides on a paragraph of a draft. */
  private static boolean onParagraph(Block.Note note) {
    return PARAGRAPH.matcher(note.text()).lookingAt();
  }

  /** A note on the way; a vote note ("A recorded vote was taken.") gives the next vote's method. */
  void noted(Block.Note note) {
    if (note.kind() == NoteKind.VOTE) {
      voteNote = note.text();
    }
  }

  /**
   * The decision a note states that no vote lists came before ("Draft resolution A/61/L.66 was
   * adopted (resolution 61/294)."): adopted without a vote, or by the totals it prints; empty for a
   * bare "It was so decided.".
   */
  Optional<Vote> decision(Block.Note note) {
    if (note.kind() != NoteKind.DECISION) {
      return Optional.empty();
    }
    String text = TextJoin.fold(note.text());
    Optional<Decisions.Decision> read = Decisions.of(text, body);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Decisions.Decision d = read.get();
    Vote vote =
        Vote.builder(d.method(voteNote, text), d.outcome())
            .draft(
                d.draft()
                    .or(() -> VoteReader.draft(before).filter(Decisions::isDraft))
                    .orElse(null))
            .resolution(d.resolution().orElse(null))
            .totals(d.totals().orElse(null))
            .build();
    voteNote = null;
    return Optional.of(vote);
  }

  /**
   * The vote of the lists.
   *
   * @param after the text after the lists: the next note or the next turn's first paragraphs
   * @param decision the decision note that announces the outcome, if one follows the lists
   */
  Vote vote(Block.Votes v, String after, Optional<Block.Note> decision) {
    VoteLists.Read r = v.lists();
    int line = v.line().number();
    List<String> inFavour = VoteReader.countries(r.inFavour(), names, diagnostics, line);
    List<String> against = VoteReader.countries(r.against(), names, diagnostics, line);
    List<String> abstaining = VoteReader.countries(r.abstaining(), names, diagnostics, line);
    VoteOutcome outcome = VoteReader.outcome(after, inFavour.size(), against.size());
    Optional<String> resolution =
        outcome == VoteOutcome.ADOPTED ? VoteReader.resolution(after, body) : Optional.empty();
    VoteReader.totals(after)
        .filter(t -> !t.agreeWith(inFavour.size(), against.size(), abstaining.size()))
        .ifPresent(
            t ->
                diagnostics.add(
                    new Diagnostic(
                        Severity.WARNING,
                        "vote.count_mismatch",
                        line,
                        "the lists count "
                            + inFavour.size()
                            + "-"
                            + against.size()
                            + "-"
                            + abstaining.size()
                            + " but the announced totals are "
                            + t,
                        v.line().text())));
    // the draft the decision note names ("The amendment (A/65/L.53) was adopted by ...") is
    // the one voted on, before any the President's words name
    Optional<String> draft =
        decision
            .flatMap(n -> Decisions.of(TextJoin.fold(n.text()), body))
            .flatMap(Decisions.Decision::draft)
            .or(() -> VoteReader.draft(before))
            .or(() -> decision.filter(VoteAssembly::onParagraph).flatMap(n -> lastDraft));
    lastDraft = draft;
    Vote vote =
        new Vote(
            VoteReader.method(voteNote),
            draft,
            inFavour,
            against,
            abstaining,
            outcome,
            resolution,
            Decisions.totals(after));
    voteNote = null;
    return vote;
  }
}
