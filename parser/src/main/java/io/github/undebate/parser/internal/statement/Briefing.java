package io.github.undebate.parser.internal.statement;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.internal.common.Evidence;
import io.github.undebate.parser.internal.common.Evidenced;
import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
import io.github.undebate.parser.internal.text.TitleCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A briefing's transcript (a speech cut into several labelled {@link Turns}): one statement per
 * turn, one speaker per distinct label. A label gives its speaker's post; officials briefing on a
 * government's website speak for its State.
 */
final class Briefing {
  private Briefing() {}

  /** The briefing as a debate of kind {@link RecordKind#OTHER}. */
  static Debate read(
      List<Turns.Turn> turns,
      Heading heading,
      Optional<FrontMatter> front,
      List<Diagnostic> diags) {
    List<Speaker> speakers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    for (Turns.Turn turn : turns) {
      List<Paragraphing.Block> blocks = Paragraphing.paragraphs(turn.lines(), diags);
      if (blocks.isEmpty()) {
        continue;
      }
      String label = turn.label().orElse("");
      int index = labels.indexOf(label);
      if (index < 0) {
        labels.add(label);
        index = labels.size() - 1;
        speakers.add(speaker("sp" + (index + 1), label, turn.labelLine(), front, diags));
      }
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Paragraphing.Block block : blocks) {
        paragraphs.add(
            ParagraphKinds.paragraph(
                ParagraphKind.BODY, block.text(), heading.venue().orElse(null), Optional.empty()));
      }
      statements.add(new Statement("sp" + (index + 1), Optional.empty(), paragraphs));
    }
    Debate.Builder debate =
        Debate.builder()
            .kind(RecordKind.OTHER)
            .body(heading.venue().orElse(null))
            .date(heading.date().orElse(null))
            .title(heading.title().orElse(null))
            .location(heading.place().orElse(null))
            .diagnostics(diags)
            .speakers(speakers);
    for (Statement s : statements) {
      debate.addProceeding(s);
    }
    return debate.build();
  }

  /** The speaker a label names: a guest with the label as his post, or the press ("Q"). */
  private static Speaker speaker(
      String id, String label, int line, Optional<FrontMatter> front, List<Diagnostic> diags) {
    Speaker.Builder b = Speaker.builder(id).raw(label);
    if (label.equals("Q") || label.isEmpty()) {
      return b.role(SpeakerRole.UNKNOWN).build();
    }
    String raw = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
    String post = TitleCase.of(raw);
    b.role(SpeakerRole.GUEST).post(post);
    diags.add(new Evidenced<>(post, Evidence.SPEAKER_LABEL, label).diagnostic("post", post, line));
    Optional<Evidenced<State>> site =
        front.flatMap(f -> f.get("source_url")).flatMap(Nations::speaksFor);
    site.ifPresent(st -> b.country(st.value().name(), st.value().codeOrNull()));
    int siteLine = front.map(f -> f.line("source_url")).orElse(0);
    site.ifPresent(st -> diags.add(st.diagnostic("country", st.value().name(), siteLine)));
    return b.build();
  }
}
