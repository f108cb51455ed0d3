package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Interpretation;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.language.LanguageNames;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the {@link Debate} from the header and the blocks the body was read into: speakers
 * resolved, turns cut into paragraphs with citations, votes completed from the text around them.
 */
final class Assembly implements Block.Visitor {
  private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)^agenda item\\s+\\d+.*");

  private final RecordHeader header;
  private final List<Block> blocks;
  private final List<Diagnostic> diagnostics;
  private final CitationFinder citations;
  private final Map<Block.Turn, List<String>> paragraphs = new IdentityHashMap<>();
  private final List<Proceeding> proceedings = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();

  /** The decision notes that announce the outcome of vote lists before them. */
  private final Map<Block.Note, Boolean> announced = new IdentityHashMap<>();

  private SpeakerRoll roll;
  private VoteAssembly votes;
  private Interpretations interpretations;

  /** The block being visited. */
  private int at;

  Assembly(
      RecordHeader header,
      List<Block> blocks,
      List<Diagnostic> diagnostics,
      CitationFinder citations) {
    this.header = header;
    this.blocks = blocks;
    this.diagnostics = diagnostics;
    this.citations = citations;
  }

  Debate build() {
    Survey survey = new Survey();
    blocks.forEach(b -> b.accept(survey));
    Paragraphs cutter = new Paragraphs(survey.turns);
    List<String> speech = new ArrayList<>();
    for (Block.Turn t : survey.turns) {
      List<String> ps = cutter.of(t);
      paragraphs.put(t, ps);
      speech.addAll(ps);
    }
    interpretations = new Interpretations(blocks, paragraphs);
    RecordNames names = new RecordNames();
    header.members().forEach(m -> names.printed(m.country()));
    survey.listed.forEach(names::printed);
    roll = new SpeakerRoll(header, new Invitations(speech), names, diagnostics);
    votes = new VoteAssembly(header.body().orElse(null), names, diagnostics);
    for (at = 0; at < blocks.size(); at++) {
      blocks.get(at).accept(this);
    }
    return Debate.builder()
        .kind(RecordKind.VERBATIM_RECORD)
        .symbol(header.symbol().orElse(null))
        .body(header.body().orElse(null))
        .meetingNumber(
            header.meetingNumber().isPresent() ? header.meetingNumber().getAsInt() : null)
        .session(header.session().orElse(null))
        .date(header.date().orElse(null))
        .time(header.time().orElse(null))
        .location(header.location().orElse(null))
        .provisional(header.provisional())
        .members(header.members())
        .agenda(agenda())
        .title(title())
        .speakers(roll.speakers())
        .presidentId(roll.presidentId().orElse(null))
        .proceedings(proceedings)
        .diagnostics(diagnostics)
        .build();
  }

  @Override
  public void turn(Block.Turn t) {
    if (interpretations.isRendering(t)) {
      // the interpretation of the turn before, kept with its statement
      return;
    }
    Optional<Interpretations.Found> rendered = interpretations.of(t);
    List<String> ps = interpretations.speech(t, paragraphs.get(t));
    int line = t.opening().number();
    String id = roll.resolve(t.label(), line);
    if (!t.languages().isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              Severity.INFO,
              "language.switch",
              line,
              "the speaker switches to " + String.join(", ", t.languages()) + " within the turn",
              t.label().raw()));
    }
    votes.said(ps);
    if (ps.isEmpty()) {
      // a turn with nothing said leaves no statement, but its speaker is on the roll
      return;
    }
    Body body = header.body().orElse(null);
    List<Paragraph> out = paragraphs(ps, body);
    Optional<String> language = language(t.label().language());
    List<Interpretation> interpreted = List.of();
    if (rendered.isPresent()) {
      Interpretations.Found f = rendered.get();
      interpreted = List.of(new Interpretation(f.language(), paragraphs(f.rendering(), body)));
      if (language.isEmpty() && !f.original().equals("en")) {
        language = Optional.of(f.original());
      }
      diagnostics.add(
          new Diagnostic(
              Severity.INFO,
              "statement.interpretation",
              line,
              (f.next() ? "the next turn" : "the last " + f.rendering().size() + " paragraph(s)")
                  + (f.marked() ? ", marked as an interpretation," : "")
                  + " render(s) the speech in "
                  + f.language()
                  + ": kept as its interpretation, not as speech",
              t.label().raw()));
    }
    proceedings.add(new Statement(id, language, out, interpreted));
  }

  private List<Paragraph> paragraphs(List<String> texts, Body body) {
    List<Paragraph> out = new ArrayList<>(texts.size());
    for (String p : texts) {
      out.add(new Paragraph(ParagraphKind.BODY, p, citations.find(p, body), List.of()));
    }
    return out;
  }

  @Override
  public void note(Block.Note n) {
    proceedings.add(new Note(TextJoin.fold(n.text())));
    if (n.kind() == NoteKind.CHAIR) {
      roll.tookChair(n.text(), n.line().number());
    }
    if (!announced.containsKey(n)) {
      // a decision with no vote lists before it: adopted without a vote, or by totals only
      votes.decision(n).ifPresent(proceedings::add);
    }
    votes.noted(n);
  }

  @Override
  public void headings(Block.Headings h) {
    for (Block.Heading item : h.items()) {
      proceedings.add(new Heading(item.text()));
      headings.add(item.text());
    }
    votes.heading();
  }

  @Override
  public void votes(Block.Votes v) {
    After after = after();
    proceedings.add(votes.vote(v, after.text.toString(), Optional.ofNullable(after.decision)));
    if (after.decision != null) {
      announced.put(after.decision, Boolean.TRUE);
    }
  }

  /**
   * The header's agenda; else, as General Assembly records print it only in the body, the title of
   * each "Agenda item 74" heading (the heading after it), once each, in order.
   */
  private List<String> agenda() {
    if (!header.agenda().isEmpty()) {
      return header.agenda();
    }
    Set<String> items = new LinkedHashSet<>();
    for (int k = 0; k + 1 < headings.size(); k++) {
      if (AGENDA_ITEM.matcher(headings.get(k)).matches()
          && !AGENDA_ITEM.matcher(headings.get(k + 1)).matches()) {
        items.add(headings.get(k + 1));
      }
    }
    return List.copyOf(items);
  }

  private String title() {
    if (!header.agenda().isEmpty()) {
      return header.agenda().get(0);
    }
    for (int k = 0; k < headings.size(); k++) {
      if (AGENDA_ITEM.matcher(headings.get(k)).matches() && k + 1 < headings.size()) {
        return headings.get(k + 1);
      }
    }
    return headings.isEmpty() ? null : headings.get(0);
  }

  /** The text after the vote block: the next note or the next turn's first paragraphs. */
  private After after() {
    After after = new After();
    for (int k = at + 1; k < blocks.size() && k <= at + 2 && !after.done; k++) {
      blocks.get(k).accept(after);
    }
    return after;
  }

  /** The turns and the names the vote lists print, before the blocks are assembled. */
  private static final class Survey implements Block.Visitor {
    final List<Block.Turn> turns = new ArrayList<>();
    final List<String> listed = new ArrayList<>();

    @Override
    public void turn(Block.Turn turn) {
      turns.add(turn);
    }

    @Override
    public void note(Block.Note note) {}

    @Override
    public void headings(Block.Headings headings) {}

    @Override
    public void votes(Block.Votes votes) {
      listed.addAll(votes.lists().inFavour());
      listed.addAll(votes.lists().against());
      listed.addAll(votes.lists().abstaining());
    }
  }

  /**
   * The text after a vote's lists, where the outcome is announced: the notes that follow, up to the
   * first two paragraphs of the next turn; headings pass, another vote or a second decision ends
   * it.
   */
  private final class After implements Block.Visitor {
    final StringBuilder text = new StringBuilder();
    boolean done;

    /** The decision note that announces the outcome of the lists. */
    Block.Note decision;

    @Override
    public void turn(Block.Turn turn) {
      List<String> ps = paragraphs.get(turn);
      for (int p = 0; p < Math.min(2, ps.size()); p++) {
        text.append(ps.get(p)).append(' ');
      }
      done = true;
    }

    @Override
    public void note(Block.Note note) {
      if (note.kind() == NoteKind.DECISION) {
        if (decision != null) {
          done = true;
          return;
        }
        decision = note;
      }
      text.append(note.text()).append(' ');
    }

    @Override
    public void headings(Block.Headings headings) {}

    @Override
    public void votes(Block.Votes votes) {
      done = true;
    }
  }

  private static Optional<String> language(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return LanguageNames.standard().code(name);
  }
}
