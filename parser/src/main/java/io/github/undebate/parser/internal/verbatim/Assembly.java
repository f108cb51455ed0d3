package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.core.VoteOutcome;
import io.github.undebate.parser.citation.CitationFinder;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.language.LanguageNames;
import io.github.undebate.parser.internal.text.SentenceEnds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link Debate} from the header and the blocks the body was read into: speakers
 * resolved, turns cut into paragraphs with citations, votes completed from the text around them.
 */
final class Assembly {
  private final RecordHeader header;
  private final List<Object> blocks;
  private final List<Diagnostic> diagnostics;
  private final List<Line> lines;
  private final CitationFinder citations;
  private final double width;
  private final boolean indentStyle;

  /** The paragraph being joined, one builder for all turns. */
  private final StringBuilder paragraph = new StringBuilder();

  Assembly(
      RecordHeader header,
      List<Object> blocks,
      List<Diagnostic> diagnostics,
      List<Line> lines,
      CitationFinder citations) {
    this.header = header;
    this.blocks = blocks;
    this.diagnostics = diagnostics;
    this.lines = lines;
    this.citations = citations;
    int all = 0;
    for (Object b : blocks) {
      if (b instanceof VerbatimReader.Turn t) {
        all += t.texts.size();
      }
    }
    int[] sorted = new int[all];
    int indentedLines = 0;
    int next = 0;
    for (Object b : blocks) {
      if (b instanceof VerbatimReader.Turn t) {
        for (int k = 0; k < t.texts.size(); k++) {
          sorted[next++] = t.texts.get(k).length();
          if (t.indents.get(k)) {
            indentedLines++;
          }
        }
      }
    }
    Arrays.sort(sorted);
    this.width = sorted.length == 0 ? 60 : sorted[(int) (sorted.length * 0.9)];
    this.indentStyle = all > 0 && indentedLines > all / 20 && indentedLines < all * 6 / 10;
  }

  Debate build() {
    Body body = header.body();
    List<List<String>> turnParagraphs = new ArrayList<>();
    List<String> speech = new ArrayList<>();
    for (Object b : blocks) {
      if (b instanceof VerbatimReader.Turn t) {
        List<String> ps = paragraphs(t);
        turnParagraphs.add(ps);
        speech.addAll(ps);
      }
    }
    // each paragraph ends in a line feed; String.join makes the text in one copy
    speech.add("");
    RecordNames names = new RecordNames();
    header.members().forEach(m -> names.printed(m.country()));
    for (Object b : blocks) {
      if (b instanceof VerbatimReader.VoteBlock v) {
        v.lists().inFavour().forEach(names::printed);
        v.lists().against().forEach(names::printed);
        v.lists().abstaining().forEach(names::printed);
      }
    }
    SpeakerRoll roll = new SpeakerRoll(header, String.join("\n", speech), names, diagnostics);
    List<Proceeding> proceedings = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    int turnIndex = 0;
    List<String> lastParagraphs = new ArrayList<>();
    String lastVoteNote = null;
    for (int bi = 0; bi < blocks.size(); bi++) {
      Object b = blocks.get(bi);
      if (b instanceof VerbatimReader.Turn t) {
        List<String> ps = turnParagraphs.get(turnIndex++);
        String id = roll.resolve(t.label, lines.get(t.labelLine).number());
        if (!t.switches.isEmpty()) {
          diagnostics.add(
              new Diagnostic(
                  Severity.INFO,
                  "language.switch",
                  lines.get(t.labelLine).number(),
                  "the speaker switches to " + String.join(", ", t.switches) + " within the turn",
                  t.label.raw()));
        }
        if (ps.isEmpty()) {
          lastParagraphs = new ArrayList<>();
          proceedings.add(new Statement(id, language(t.label.language()), List.of()));
          continue;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : ps) {
          paragraphs.add(new Paragraph(ParagraphKind.BODY, p, citations.find(p, body), List.of()));
        }
        proceedings.add(new Statement(id, language(t.label.language()), paragraphs));
        lastParagraphs = ps;
      } else if (b instanceof VerbatimReader.NoteBlock n) {
        proceedings.add(new Note(TextJoin.fold(n.text())));
        if (n.kind().equals("chair")) {
          roll.tookChair(n.text(), lines.get(n.line()).number());
        }
        if (n.kind().equals("vote")) {
          lastVoteNote = n.text();
        }
      } else if (b instanceof VerbatimReader.HeadingBlock h) {
        for (VerbatimReader.HeadingBlock.Item item : h.items()) {
          proceedings.add(new Heading(item.text()));
          headings.add(item.text());
        }
      } else if (b instanceof VerbatimReader.VoteBlock v) {
        proceedings.add(
            vote(v, lastVoteNote, lastParagraphs, after(bi, turnParagraphs, turnIndex)));
        lastVoteNote = null;
      }
    }
    Debate.Builder d =
        Debate.builder()
            .kind(RecordKind.VERBATIM_RECORD)
            .symbol(header.symbol())
            .body(body)
            .meetingNumber(header.meetingNumber())
            .session(header.session())
            .date(header.date())
            .time(header.time())
            .location(header.location())
            .provisional(header.provisional())
            .members(header.members())
            .agenda(header.agenda())
            .title(title(headings))
            .speakers(roll.speakers())
            .presidentId(roll.presidentId().orElse(null))
            .proceedings(dropEmpty(proceedings))
            .diagnostics(diagnostics);
    return d.build();
  }

  private static List<Proceeding> dropEmpty(List<Proceeding> proceedings) {
    List<Proceeding> out = new ArrayList<>();
    for (Proceeding p : proceedings) {
      if (p instanceof Statement s && s.paragraphs().isEmpty()) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  private String title(List<String> headings) {
    if (!header.agenda().isEmpty()) {
      return header.agenda().get(0);
    }
    for (int k = 0; k < headings.size(); k++) {
      if (headings.get(k).matches("(?i)^agenda item\\s+\\d+.*") && k + 1 < headings.size()) {
        return headings.get(k + 1);
      }
    }
    return headings.isEmpty() ? null : headings.get(0);
  }

  /** The text after the vote block: the next note or the next turn's first paragraphs. */
  private String after(int bi, List<List<String>> turnParagraphs, int nextTurn) {
    StringBuilder out = new StringBuilder();
    int turn = nextTurn;
    for (int k = bi + 1; k < blocks.size() && k <= bi + 2; k++) {
      Object b = blocks.get(k);
      if (b instanceof VerbatimReader.NoteBlock n) {
        out.append(n.text()).append(' ');
      } else if (b instanceof VerbatimReader.Turn) {
        List<String> ps = turnParagraphs.get(turn++);
        for (int p = 0; p < Math.min(2, ps.size()); p++) {
          out.append(ps.get(p)).append(' ');
        }
        break;
      } else if (b instanceof VerbatimReader.VoteBlock) {
        break;
      }
    }
    return out.toString();
  }

  private Vote vote(VerbatimReader.VoteBlock v, String note, List<String> before, String after) {
    VoteLists.Read r = v.lists();
    int line = lines.get(v.line()).number();
    List<String> inFavour = VoteReader.countries(r.inFavour(), diagnostics, line);
    List<String> against = VoteReader.countries(r.against(), diagnostics, line);
    List<String> abstaining = VoteReader.countries(r.abstaining(), diagnostics, line);
    VoteOutcome outcome = VoteReader.outcome(after, inFavour.size(), against.size());
    Optional<String> resolution =
        outcome == VoteOutcome.ADOPTED
            ? VoteReader.resolution(after, header.body())
            : Optional.empty();
    VoteReader.totals(after)
        .ifPresent(
            t -> {
              boolean mismatch =
                  t.inFavour() != inFavour.size()
                      || (t.against() >= 0 && t.against() != against.size())
                      || (t.abstaining() >= 0 && t.abstaining() != abstaining.size());
              if (mismatch) {
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
                            + t.inFavour()
                            + "-"
                            + Math.max(0, t.against())
                            + "-"
                            + Math.max(0, t.abstaining()),
                        lines.get(v.line()).text()));
              }
            });
    return new Vote(
        VoteReader.method(note),
        VoteReader.draft(before),
        inFavour,
        against,
        abstaining,
        outcome,
        resolution);
  }

  private static Optional<String> language(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return LanguageNames.standard().code(name);
  }

  /** Cuts a turn's lines into paragraphs. */
  private List<String> paragraphs(VerbatimReader.Turn t) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = paragraph;
    cur.setLength(0);
    for (int k = 0; k < t.texts.size(); k++) {
      String text = t.texts.get(k);
      if (cur.length() > 0 && breaksBefore(t, k)) {
        out.add(TextJoin.fold(cur));
        cur.setLength(0);
      }
      TextJoin.append(cur, text);
    }
    if (cur.length() > 0) {
      out.add(TextJoin.fold(cur));
    }
    out.removeIf(String::isBlank);
    return out;
  }

  private boolean breaksBefore(VerbatimReader.Turn t, int k) {
    if (k == 0) {
      return false;
    }
    if (t.forcedBreaks.contains(k)) {
      return true;
    }
    if (indentStyle) {
      return t.indents.get(k);
    }
    String prev = t.texts.get(k - 1);
    return SentenceEnds.endsSentenceOrQuote(prev) && prev.length() < width * 0.8;
  }
}
