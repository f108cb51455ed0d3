package io.github.undebate.parser.verbatim;

import io.github.undebate.core.Citation;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Heading;
import io.github.undebate.core.Member;
import io.github.undebate.core.Note;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Proceeding;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import java.util.List;
import java.util.Optional;

/**
 * A readable text rendering of a parsed record for golden files: header fields, speakers, and one
 * line per proceeding (statements with their paragraphs' first and last words).
 */
final class Outline {
  private Outline() {}

  /** The full rendering: every paragraph's whole text. */
  static String of(Debate d) {
    return render(d, true);
  }

  /** The compact rendering kept as a golden file: paragraphs shown by their ends. */
  static String compact(Debate d) {
    return render(d, false);
  }

  private static String render(Debate d, boolean full) {
    StringBuilder out = new StringBuilder();
    line(out, "kind", d.kind().name());
    line(out, "symbol", d.symbol());
    line(out, "body", d.body().map(Enum::name));
    line(out, "meeting", d.meetingNumber().isPresent() ? "" + d.meetingNumber().getAsInt() : "-");
    line(out, "session", d.session());
    line(out, "date", d.date().map(Object::toString));
    line(out, "time", d.time().map(Object::toString));
    line(out, "location", d.location());
    line(out, "provisional", "" + d.provisional());
    line(out, "title", d.title());
    line(out, "president", d.presidentId());
    for (Member m : d.members()) {
      line(out, "member", m.country() + " = " + m.representative());
    }
    for (String a : d.agenda()) {
      line(out, "agenda", a);
    }
    for (Speaker s : d.speakers()) {
      out.append("speaker ")
          .append(s.id())
          .append(": ")
          .append(s.honorific().orElse("-"))
          .append(" | ")
          .append(s.name().orElse("-"))
          .append(" | ")
          .append(s.country().map(c -> c + " (" + s.countryCode().orElse("-") + ")").orElse("-"))
          .append(" | ")
          .append(s.organization().orElse("-"))
          .append(" | ")
          .append(s.role().name())
          .append(" | ")
          .append(s.post().orElse("-"))
          .append(" | raw: ")
          .append(s.raw())
          .append('\n');
    }
    out.append('\n');
    for (Proceeding p : d.proceedings()) {
      if (p instanceof Note n) {
        out.append("NOTE ").append(n.text()).append('\n');
      } else if (p instanceof Heading h) {
        out.append("HEADING ").append(h.text()).append('\n');
      } else if (p instanceof Vote v) {
        out.append("VOTE ")
            .append(v.method().name())
            .append(" draft=")
            .append(v.draft().orElse("-"))
            .append(' ')
            .append(v.outcome().name())
            .append(" resolution=")
            .append(v.resolution().orElse("-"))
            .append(
                v.totals()
                    .map(t -> " totals=" + t.inFavour() + "-" + t.against() + "-" + t.abstaining())
                    .orElse(""))
            .append('\n');
        out.append("  in favour (").append(v.inFavour().size()).append("): ");
        out.append(String.join(", ", v.inFavour())).append('\n');
        out.append("  against (").append(v.against().size()).append("): ");
        out.append(String.join(", ", v.against())).append('\n');
        out.append("  abstaining (").append(v.abstaining().size()).append("): ");
        out.append(String.join(", ", v.abstaining())).append('\n');
      } else if (p instanceof Statement s) {
        Speaker sp = d.speaker(s.speakerId()).orElseThrow();
        out.append("STATEMENT ")
            .append(s.speakerId())
            .append(' ')
            .append(sp.name().or(sp::post).orElse(sp.raw()))
            .append(s.language().map(l -> " [" + l + "]").orElse(""))
            .append('\n');
        for (Paragraph para : s.paragraphs()) {
          out.append("  ¶ ").append(full ? para.text() : ends(para.text())).append('\n');
          // Citations belong to the citation engine and its own tests; the full rendering
          // shows them, the golden files do not pin them.
          for (Citation c : full ? para.citations() : List.<Citation>of()) {
            out.append("    cite ")
                .append(c.type().name())
                .append(' ')
                .append(c.target())
                .append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static String ends(String text) {
    String[] words = text.split(" ");
    if (words.length <= 16) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      sb.append(words[i]).append(' ');
    }
    sb.append("…");
    for (int i = words.length - 6; i < words.length; i++) {
      sb.append(' ').append(words[i]);
    }
    return sb.toString();
  }

  private static void line(StringBuilder out, String key, Optional<String> value) {
    line(out, key, value.orElse("-"));
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append(key).append(": ").append(value).append('\n');
  }
}
