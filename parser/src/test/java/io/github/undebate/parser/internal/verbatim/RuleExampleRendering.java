package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Diagnostic;
import java.util.List;
import java.util.Optional;

/** What the reader made of an example's lines, as the examples print it. */
final class RuleExampleRendering implements Block.Visitor {
  /** What an example that holds no label reads as. */
  static final String NO_LABEL = "no label";

  private final StringBuilder out = new StringBuilder();

  private RuleExampleRendering() {}

  /** The blocks, then the diagnostics. */
  static String body(List<Block> blocks, List<Diagnostic> diagnostics) {
    RuleExampleRendering r = new RuleExampleRendering();
    blocks.forEach(b -> b.accept(r));
    for (Diagnostic d : diagnostics) {
      r.line(d.code() + " " + d.line() + ": " + d.excerpt());
    }
    return r.out.toString().strip();
  }

  /** The fields the header has. */
  static String header(RecordHeader h) {
    RuleExampleRendering r = new RuleExampleRendering();
    h.symbol().ifPresent(v -> r.line("symbol: " + v));
    h.body().ifPresent(v -> r.line("body: " + v));
    h.meetingNumber().ifPresent(v -> r.line("meeting: " + v));
    h.session().ifPresent(v -> r.line("session: " + v));
    h.date().ifPresent(v -> r.line("date: " + v));
    h.time().ifPresent(v -> r.line("time: " + v));
    h.location().ifPresent(v -> r.line("location: " + v));
    if (h.provisional()) {
      r.line("provisional");
    }
    h.presiding()
        .ifPresent(
            p ->
                r.line(
                    "presiding: "
                        + String.join(" / ", p.names())
                        + p.country().map(c -> " | country " + c).orElse("")
                        + " | printed "
                        + p.printed()));
    h.members().forEach(m -> r.line("member: " + m.country() + " = " + m.representative()));
    h.agenda().forEach(a -> r.line("agenda: " + a));
    return r.out.toString().strip();
  }

  /** The label's parts, or "no label". */
  static String label(Optional<SpeakerLabel> read) {
    if (read.isEmpty()) {
      return NO_LABEL;
    }
    SpeakerLabel l = read.get();
    RuleExampleRendering r = new RuleExampleRendering();
    l.office().ifPresent(o -> r.line("office: " + o.role() + " " + o.post()));
    if (l.name() != null) {
      r.line("person: " + l.honorific() + " | " + l.name());
    }
    l.affiliations().forEach(a -> r.line("affiliation: " + a));
    if (l.post() != null) {
      r.line("post: " + l.post());
    }
    if (l.language() != null) {
      r.line("language: " + l.language());
    }
    if (l.numbered()) {
      r.line("numbered");
    }
    r.line("raw: " + l.raw());
    r.line("ends at: " + l.end());
    return r.out.toString().strip();
  }

  @Override
  public void turn(Block.Turn turn) {
    line(
        "turn "
            + turn.label().raw()
            + (turn.label().language() == null ? "" : " | language " + turn.label().language())
            + (turn.languages().isEmpty()
                ? ""
                : " | switches to " + String.join(", ", turn.languages()))
            + (turn.marked() ? " | marked as a rendering" : ""));
    for (Block.Spoken s : turn.lines()) {
      line("  " + (s.breakBefore() ? "¶" : "|") + (s.indented() ? ">" : " ") + " " + s.text());
    }
  }

  @Override
  public void note(Block.Note note) {
    line("note " + note.kind() + ": " + note.text());
  }

  @Override
  public void headings(Block.Headings headings) {
    headings.items().forEach(h -> line("heading: " + h.text()));
  }

  @Override
  public void votes(Block.Votes votes) {
    line("in favour: " + names(votes.lists().inFavour()));
    line("against: " + names(votes.lists().against()));
    line("abstaining: " + names(votes.lists().abstaining()));
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "-" : String.join("; ", names);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
