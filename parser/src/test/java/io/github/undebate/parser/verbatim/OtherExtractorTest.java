package io.github.undebate.parser.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.Statement;
import io.github.undebate.core.Vote;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same record extracted by pdfminer instead of pypdf (see
 * src/test/resources/verbatim/pdfminer/SOURCE.md) gives the same header, turns, notes and votes.
 */
class OtherExtractorTest {

  @ParameterizedTest
  @ValueSource(strings = {"S_PV.8700_E", "S_PV.8701_E"})
  void pdfminerTextParsesLikePypdfText(String record) throws IOException {
    Debate pypdf = Records.parsed("sc/" + record + ".txt");
    Debate pdfminer =
        DebateParser.create()
            .parse(Path.of("src/test/resources/verbatim/pdfminer/" + record + ".txt"));
    assertThat(pdfminer.symbol()).isEqualTo(pypdf.symbol());
    assertThat(pdfminer.date()).isEqualTo(pypdf.date());
    assertThat(pdfminer.title()).isEqualTo(pypdf.title());
    assertThat(pdfminer.members()).isEqualTo(pypdf.members());
    assertThat(pdfminer.president().flatMap(Speaker::country))
        .isEqualTo(pypdf.president().flatMap(Speaker::country));
    assertThat(turns(pdfminer)).as("speaker and language of every turn").isEqualTo(turns(pypdf));
    assertThat(Records.notes(pdfminer)).isEqualTo(Records.notes(pypdf));
    assertThat(votes(pdfminer)).isEqualTo(votes(pypdf));
    assertThat(Records.paragraphTexts(pdfminer))
        .as("the split running heads are gone")
        .noneMatch(t -> t.contains("20-00") || t.contains("10/01/2020") || t.contains("2/12"));
  }

  private static List<String> turns(Debate d) {
    List<String> out = new ArrayList<>();
    for (Statement s : d.statements()) {
      out.add(Records.speaker(d, s).raw() + " " + s.language().orElse("-"));
    }
    return out;
  }

  private static List<String> votes(Debate d) {
    List<String> out = new ArrayList<>();
    for (Vote v : Records.votes(d)) {
      out.add(
          v.inFavour()
              + " "
              + v.against()
              + " "
              + v.abstaining()
              + " "
              + v.outcome()
              + " "
              + v.resolution());
    }
    return out;
  }
}
