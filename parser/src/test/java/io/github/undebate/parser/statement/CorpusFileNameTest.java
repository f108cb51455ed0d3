package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.core.Speaker;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A General Debate Corpus speech whose text does not name its State takes it from the file name,
 * and says so; the same text under another name, or as a string, has no State.
 */
class CorpusFileNameTest {
  private static final Path GA = Path.of("src/test/resources/corpus/ga");
  private static final DebateParser PARSER = DebateParser.create();

  @TempDir Path dir;

  private static Speaker speaker(Debate d) {
    return d.speaker(d.statements().get(0).speakerId()).orElseThrow();
  }

  @Test
  void takesTheStateFromTheCorpusNameWhenTheTextNamesNone() throws IOException {
    Debate d = PARSER.parse(GA.resolve("UNGDC_CUB_15_1960.txt"));
    assertThat(speaker(d).country()).contains("Cuba");
    assertThat(speaker(d).countryCode()).contains("CU");
    assertThat(d.diagnostics())
        .filteredOn(x -> x.code().equals("speaker.country_from_file_name"))
        .singleElement()
        .extracting(Diagnostic::severity)
        .isEqualTo(Severity.INFO);

    Path renamed = Files.copy(GA.resolve("UNGDC_CUB_15_1960.txt"), dir.resolve("castro.txt"));
    Debate plain = PARSER.parse(renamed);
    // under another name only what the speaker says of his State gives it ("Cuba has ...")
    assertThat(plain.diagnostics())
        .noneMatch(x -> x.code().equals("speaker.country_from_file_name"))
        .filteredOn(x -> x.code().startsWith("speaker.country"))
        .allMatch(x -> x.code().equals("speaker.country_from_self_reference"));
    assertThat(PARSER.parse(Files.readString(renamed)).statements()).hasSize(1);
  }

  @Test
  void theCorpusNameOutweighsTheCountryASpeechNamesMost() throws IOException {
    // the 2020 United States speech names China far more often than its own country
    Path renamed = Files.copy(GA.resolve("UNGDC_USA_75_2020.txt"), dir.resolve("speech-2020.txt"));
    assertThat(speaker(PARSER.parse(renamed)).country())
        .isNotEqualTo(Optional.of("United States of America"));
    assertThat(speaker(PARSER.parse(GA.resolve("UNGDC_USA_75_2020.txt"))).country())
        .contains("United States of America");
  }

  @Test
  void aFormerStateHeldTheCodeInEarlySessions() throws IOException {
    Speaker s = speaker(PARSER.parse(GA.resolve("UNGDC_UKR_01_1946.txt")));
    assertThat(s.country()).contains("Ukrainian Soviet Socialist Republic");
  }
}
