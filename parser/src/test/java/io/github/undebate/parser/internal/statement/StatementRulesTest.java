package io.github.undebate.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.parser.internal.Line;
import io.github.undebate.parser.internal.UngdcFileName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The statement reader's rules, one small example each, from {@code statement-rules.txt}: a few
 * lines of a real statement in, what the rule makes of them out. To add a case, copy one in that
 * file and change it; {@link #RULES} says what each rule name shows. Run with {@code
 * -Dstatement.rules.print=true} to print what the rules make of every example (to fill in a new
 * case's output, after reading it).
 */
class StatementRulesTest {
  private static final String FILE = "statement-rules.txt";

  /** What each rule shows of the input lines (and the file name, if the case gives one). */
  private static final Map<String, BiFunction<List<Line>, Optional<String>, String>> RULES =
      Map.of(
          "lines", (lines, file) -> StatementRulesTest.lines(lines),
          "front-matter", (lines, file) -> frontMatter(lines),
          "speech-start", (lines, file) -> speechStart(lines),
          "heading", (lines, file) -> heading(lines),
          "turns", (lines, file) -> turns(lines),
          "printed-speaker", (lines, file) -> printedSpeaker(lines),
          "post-in-speech", (lines, file) -> postInSpeech(lines),
          "paragraphs", StatementRulesTest::paragraphs,
          "speaker", StatementRulesTest::speaker);

  /** One example: where it stands in the file, its rule and title, its input and output. */
  record Case(int line, String rule, String title, Optional<String> file, String in, String out) {}

  @TestFactory
  Stream<DynamicTest> everyExampleGivesItsOutput() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    FILE + ":" + c.line() + " " + c.rule() + ": " + c.title(),
                    () -> {
                      assertThat(RULES).as("rule names known to the test").containsKey(c.rule());
                      String out = RULES.get(c.rule()).apply(Line.split(c.in()), c.file());
                      if (Boolean.getBoolean("statement.rules.print")) {
                        System.out.println("## line " + c.line() + "\n" + out + "~~~");
                      }
                      assertThat(out)
                          .as(
                              "what the %s rule makes of the example at line %d",
                              c.rule(), c.line())
                          .isEqualTo(c.out());
                    }));
  }

  /**
   * The examples of the file: "## rule: title", "~~~ in [file name]", lines, "~~~ out", lines,
   * "~~~".
   */
  static List<Case> cases() {
    List<String> lines = read().lines().toList();
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("## ")) {
        continue;
      }
      int at = i + 1;
      String heading = lines.get(i).substring(3);
      int colon = heading.indexOf(':');
      String rule = heading.substring(0, colon).strip();
      String title = heading.substring(colon + 1).strip();
      while (!lines.get(i).startsWith("~~~ in")) {
        i++;
      }
      String fence = lines.get(i).substring("~~~ in".length()).strip();
      Optional<String> file = fence.isEmpty() ? Optional.empty() : Optional.of(fence);
      StringBuilder in = new StringBuilder();
      for (i++; !lines.get(i).equals("~~~ out"); i++) {
        in.append(lines.get(i)).append('\n');
      }
      StringBuilder expected = new StringBuilder();
      for (i++; !lines.get(i).equals("~~~"); i++) {
        expected.append(lines.get(i)).append('\n');
      }
      out.add(new Case(at, rule, title, file, in.toString(), expected.toString()));
    }
    assertThat(out).as("examples in " + FILE).isNotEmpty();
    return out;
  }

  private static String read() {
    try (InputStream in = StatementRulesTest.class.getResourceAsStream(FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Line> cleaned(List<Line> lines) {
    return LineCleaning.clean(lines, 0, new ArrayList<>());
  }

  /** Each line's number and kind, the noise it is, and the words it keeps. */
  static String lines(List<Line> input) {
    StringBuilder out = new StringBuilder();
    for (Line line : cleaned(input)) {
      LineKind kind = LineKind.of(line);
      out.append(line.number()).append(' ').append(kind);
      line.noise().ifPresent(n -> out.append(' ').append(n.code()));
      if (kind == LineKind.TEXT) {
        out.append(": ").append(line.text());
      }
      out.append('\n');
    }
    return out.toString();
  }

  static String frontMatter(List<Line> input) {
    Optional<FrontMatter> front = FrontMatter.read(input);
    if (front.isEmpty()) {
      return "no front matter\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("lines: ").append(front.get().lineCount()).append('\n');
    front.get().fields().keySet().stream()
        .sorted()
        .forEach(
            k ->
                out.append(k)
                    .append(" (line ")
                    .append(front.get().line(k))
                    .append("): ")
                    .append(front.get().get(k).orElse(""))
                    .append('\n'));
    return out.toString();
  }

  static String speechStart(List<Line> input) {
    List<Line> lines = cleaned(input);
    int start = SpeechStart.of(lines);
    return start < lines.size()
        ? "the speech starts at line " + lines.get(start).number() + "\n"
        : "no speech\n";
  }

  /** Each block of the heading (the lines before the speech start), by kind. */
  static String heading(List<Line> input) {
    List<Line> lines = cleaned(input);
    List<Line> heading = lines.subList(0, SpeechStart.of(lines));
    StringBuilder out = new StringBuilder();
    for (HeadingBlock block : HeadingReader.blocks(heading, new Heading.Builder())) {
      int last = block.lines().get(block.lines().size() - 1).number();
      out.append(block.removal()).append(' ').append(block.firstLine());
      out.append(last > block.firstLine() ? "-" + last : "");
      if (block instanceof Byline b) {
        out.append(": ").append(describe(b.speaker()));
        b.date().ifPresent(d -> out.append(", date ").append(d));
      } else if (block instanceof Dateline d) {
        out.append(": ").append(d.date());
        d.place().ifPresent(p -> out.append(", place \"").append(p).append('"'));
      } else if (block instanceof Title t) {
        out.append(": \"").append(t.title()).append('"');
      } else if (block instanceof Letterhead l) {
        out.append(": ").append(l.text());
      } else if (block instanceof PlainHeading p) {
        out.append(": ").append(p.text()).append(p.placeOnly() ? " (a place only)" : "");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String describe(PrintedSpeaker s) {
    List<String> parts = new ArrayList<>();
    s.name().ifPresent(n -> parts.add("name \"" + n + "\""));
    s.honorific().ifPresent(h -> parts.add("honorific \"" + h + "\""));
    s.post().ifPresent(p -> parts.add("post \"" + p + "\""));
    return parts.isEmpty() ? "no name, honorific or post" : String.join(", ", parts);
  }

  static String turns(List<Line> input) {
    StringBuilder out = new StringBuilder();
    for (Turns.Turn turn : Turns.of(cleaned(input), new ArrayList<>())) {
      out.append(turn.label().map(l -> l + " (line " + turn.labelLine() + ")").orElse("no label"));
      List<Integer> numbers =
          turn.lines().stream().filter(LineKind::isText).map(Line::number).toList();
      out.append(": lines ").append(numbers).append('\n');
    }
    return out.toString();
  }

  static String printedSpeaker(List<Line> input) {
    List<String> texts = input.stream().map(Line::text).filter(t -> !t.isEmpty()).toList();
    return describe(PrintedSpeaker.read(texts)) + "\n";
  }

  static String postInSpeech(List<Line> input) {
    String speech = String.join("\n", input.stream().map(Line::text).toList());
    return PostInSpeech.find(speech).map(p -> "post \"" + p.post() + "\"").orElse("no post") + "\n";
  }

  private static Debate read(List<Line> lines, Optional<String> file) {
    return StatementReader.read(lines, List.of(), file.flatMap(UngdcFileName::of));
  }

  /** The paragraphs with their kinds, and what was removed around them. */
  static String paragraphs(List<Line> lines, Optional<String> file) {
    Debate d = read(lines, file);
    StringBuilder out = new StringBuilder();
    for (Statement s : d.statements()) {
      for (Paragraph p : s.paragraphs()) {
        out.append(p.kind().name().toLowerCase(java.util.Locale.ROOT))
            .append(": ")
            .append(p.text())
            .append('\n');
      }
    }
    for (Diagnostic x : d.diagnostics()) {
      if (x.code().startsWith("removed.")) {
        out.append(x.code()).append(' ').append(x.line()).append(": ").append(x.excerpt());
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The speaker's fields, and the evidence of each with its line. */
  static String speaker(List<Line> lines, Optional<String> file) {
    Debate d = read(lines, file);
    StringBuilder out = new StringBuilder();
    for (Speaker s : d.speakers()) {
      out.append(s.id()).append(": ").append(s.role());
      s.name().ifPresent(v -> out.append(", name \"").append(v).append('"'));
      s.honorific().ifPresent(v -> out.append(", honorific \"").append(v).append('"'));
      s.post().ifPresent(v -> out.append(", post \"").append(v).append('"'));
      s.country().ifPresent(v -> out.append(", country \"").append(v).append('"'));
      s.organization().ifPresent(v -> out.append(", organization \"").append(v).append('"'));
      out.append('\n');
    }
    for (Diagnostic x : d.diagnostics()) {
      if (x.code().startsWith("speaker.")) {
        out.append(x.code()).append(' ').append(x.line()).append('\n');
      }
    }
    return out.toString();
  }
}
