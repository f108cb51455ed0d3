package io.github.undebate.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.undebate.core.Debate;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speaker evaluation of issue 15: parses every record of the two reference folders of the
 * shared corpus, {@code delivered-2024} (General Debate statements of 2024 as published) and {@code
 * ungdc-sample} (speeches of the UN General Debate Corpus, 30 per decade), and prints coverage and
 * precision of the speaker's State and name, overall and per language or decade, as {@code
 * ../shared/eval/speakers.py} defines them (see {@link SpeakerScore}).
 *
 * <p>Every record is parsed from its bytes alone ({@link DebateParser#parse(InputStream)}), so its
 * file name cannot give the State: this is {@code speakers.py --neutral}.
 *
 * <p>Not part of the build (the class name is not a test name); run it with
 *
 * <pre>
 * ./mvnw -B -pl parser -am test -Dtest=SpeakerEvaluation -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>and add {@code -Dspeakers.errors=true} to list every miss. It is skipped where the shared
 * corpus is not beside the clone ({@code undebate.shared}, by default {@code ../shared}).
 */
class SpeakerEvaluation {
  private static final Path SHARED = Path.of(System.getProperty("undebate.shared", "../../shared"));
  private static final DebateParser PARSER = DebateParser.create();

  @Test
  void statementsAsDelivered() throws IOException {
    evaluate("delivered-2024");
  }

  @Test
  void generalDebateCorpusSample() throws IOException {
    evaluate("ungdc-sample");
  }

  private static void evaluate(String folder) throws IOException {
    Path dir = SHARED.resolve("corpus").resolve(folder);
    Path reference = dir.resolve("REFERENCE.tsv");
    assumeTrue(Files.isRegularFile(reference), "the reference table is at " + reference);
    SpeakerScore score = new SpeakerScore(CorpusCodes.read(SHARED.resolve("eval/iso3166.tsv")));
    List<ReferenceRow> rows = ReferenceRow.read(reference);
    StringBuilder details = new StringBuilder();
    for (ReferenceRow row : rows) {
      Path file = dir.resolve(row.file());
      assertThat(file).as("a record of %s", reference).isRegularFile();
      Debate debate;
      try (InputStream in = Files.newInputStream(file)) {
        debate = PARSER.parse(in);
      } catch (RuntimeException e) {
        // what the command line would write no output for: counted, as speakers.py does
        score.addMissing(row);
        continue;
      }
      score.add(row, debate.speakers());
      if (Boolean.getBoolean("speakers.all")) {
        details.append(row.file()).append('\t').append(row.code()).append('\t');
        debate.speakers().forEach(s -> details.append(s).append(' '));
        details.append(System.lineSeparator());
        debate.diagnostics().stream()
            .filter(d -> d.code().startsWith("speaker."))
            .forEach(d -> details.append("    ").append(d).append(System.lineSeparator()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format("%nspeakers of %s (%d records, file names hidden)%n", folder, rows.size()));
    score.lines().forEach(l -> out.append(l).append(System.lineSeparator()));
    if (Boolean.getBoolean("speakers.errors")) {
      score.errors().forEach(l -> out.append(l).append(System.lineSeparator()));
    }
    // -Dspeakers.all=true: every record's speakers and their evidence, to study the misses
    out.append(details);
    System.out.print(out);
  }
}
