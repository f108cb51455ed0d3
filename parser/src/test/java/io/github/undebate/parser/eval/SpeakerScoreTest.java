package io.github.undebate.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring of {@link SpeakerEvaluation} on hand-made rows, each with the answer that {@code
 * ../shared/eval/speakers.py} gives for it.
 */
class SpeakerScoreTest {
  private static final CorpusCodes CODES =
      new CorpusCodes(Map.of("AL", "ALB", "BY", "BLR", "TR", "TUR", "RU", "RUS", "US", "USA"));

  private static Speaker speaker(String name, String country, String code) {
    return Speaker.builder("sp1")
        .name(name)
        .country(country, code)
        .role(SpeakerRole.REPRESENTATIVE)
        .build();
  }

  private static ReferenceRow delivered(String file, String iso2, String language, String name) {
    return new ReferenceRow(file, iso2, true, language, name);
  }

  private static ReferenceRow ungdc(String file, String iso3, String decade, String name) {
    return new ReferenceRow(file, iso3, false, decade, name);
  }

  @Test
  void countsCoverageAndPrecisionPerLanguage() {
    SpeakerScore score = new SpeakerScore(CODES);
    // right State and right name
    score.add(
        delivered("al.txt", "AL", "en", "Edi Rama"), List.of(speaker("RAMA", "Albania", "AL")));
    // a State and a name, both wrong: the President of the Assembly taken from a salutation
    score.add(
        delivered("fr.txt", "FR", "fr", "Michel Barnier"),
        List.of(speaker("Philemon Yang", "Cameroon", "CM")));
    // nothing named
    score.add(delivered("es.txt", "ES", "es", "Pedro Sánchez"), List.of());
    // a name without a State
    score.add(
        delivered("gb.txt", "GB", "en", "Keir Starmer"),
        List.of(Speaker.builder("sp1").name("Sir Keir Starmer").build()));
    score.addMissing(delivered("ar.txt", "SA", "ar", "Faisal bin Farhan"));

    SpeakerScore.Tally all = score.tally("all").orElseThrow();
    assertThat(all.records()).isEqualTo(5);
    assertThat(all.unread()).isEqualTo(1);
    assertThat(all.countryCoverage()).isEqualTo(2.0 / 5);
    assertThat(all.countryPrecision()).isEqualTo(1.0 / 2);
    assertThat(all.nameCoverage()).isEqualTo(3.0 / 5);
    assertThat(all.namePrecision()).isEqualTo(2.0 / 3, within(1e-12));
    SpeakerScore.Tally english = score.tally("en").orElseThrow();
    assertThat(english.records()).isEqualTo(2);
    assertThat(english.countryPrecision()).isEqualTo(1.0);
    assertThat(english.nameCoverage()).isEqualTo(1.0);
    assertThat(score.tally("es").orElseThrow().countryPrecision()).isNaN();
    assertThat(score.tally("de")).isEmpty();

    assertThat(score.lines())
        .containsExactly(
            "all   n=    5 country: coverage=0.400 precision=0.500 right=0.200"
                + " | name: coverage=0.600 precision=0.667 right=0.400",
            "ar    n=    1 country: coverage=0.000 precision=nan right=0.000"
                + " | name: coverage=0.000 precision=nan right=0.000",
            "en    n=    2 country: coverage=0.500 precision=1.000 right=0.500"
                + " | name: coverage=1.000 precision=1.000 right=1.000",
            "es    n=    1 country: coverage=0.000 precision=nan right=0.000"
                + " | name: coverage=0.000 precision=nan right=0.000",
            "fr    n=    1 country: coverage=1.000 precision=0.000 right=0.000"
                + " | name: coverage=1.000 precision=0.000 right=0.000");
    assertThat(score.errors())
        .containsExactly(
            "fr\tcountry\tFR\tCM",
            "fr\tname\tMichel Barnier\tPhilemon Yang",
            "es\tno country\tES\t",
            "gb\tno country\tGB\t",
            "ar\tmissing output\t\t");
  }

  @Test
  void matchesFormerStatesByTheirIso3166Part3CodesPerDecade() {
    SpeakerScore score = new SpeakerScore(CODES);
    // the corpus codes the USSR RUS and Yugoslavia YUG; the parser gives SU and YU
    score.add(
        ungdc("RUS_17_1962.txt", "RUS", "1960s", "Mr. Gromyko"),
        List.of(speaker("Gromyko", "Union of Soviet Socialist Republics", "SU")));
    score.add(
        ungdc("YUG_02_1947.txt", "YUG", "1940s", "Mr. Simic"),
        List.of(speaker("Simić", "Yugoslavia", "YU")));
    // today's Russian Federation for the USSR is the corpus's code too (RU gives RUS)
    score.add(
        ungdc("RUS_01_1946.txt", "RUS", "1940s", "Mr. Vyshinsky"),
        List.of(speaker(null, "Russian Federation", "RU")));
    // a second State among the speakers makes the record wrong
    score.add(
        ungdc("TUR_01_1946.txt", "TUR", "1940s", "Mr. Sarper"),
        List.of(
            speaker("Sarper", "Türkiye", "TR"), speaker(null, "United States of America", "US")));

    SpeakerScore.Tally forties = score.tally("1940s").orElseThrow();
    assertThat(forties.records()).isEqualTo(3);
    assertThat(forties.countryCoverage()).isEqualTo(1.0);
    assertThat(forties.countryPrecision()).isEqualTo(2.0 / 3, within(1e-12));
    assertThat(forties.nameCoverage()).isEqualTo(2.0 / 3, within(1e-12));
    assertThat(forties.namePrecision()).isEqualTo(1.0);
    assertThat(score.tally("1960s").orElseThrow().countryPrecision()).isEqualTo(1.0);
    assertThat(score.errors()).containsExactly("TUR_01_1946\tcountry\tTUR\tTUR,USA");
  }

  @Test
  void takesTheLastTwoWordsOfTheReferenceNameWithoutAccentsOrCase() {
    assertThat(SpeakerScore.surnameMatches("Mr. Van Langenhove", "Langenhove")).isTrue();
    assertThat(SpeakerScore.surnameMatches("Mr. Van Langenhove", "VAN")).isTrue();
    assertThat(SpeakerScore.surnameMatches("Edi Rama", "RAMA,")).isTrue();
    assertThat(SpeakerScore.surnameMatches("Gabriel Boric Font", "BORIC")).isTrue();
    assertThat(SpeakerScore.surnameMatches("José Raúl Mulino", "Jose Raul MULINO")).isTrue();
    assertThat(SpeakerScore.surnameMatches("Mr. Strauß", "STRAUSS")).isTrue();
    // only the last two words count, one-letter words never
    assertThat(SpeakerScore.surnameMatches("Luiz Inácio Lula da Silva", "Luiz Inácio")).isFalse();
    assertThat(SpeakerScore.surnameMatches("Joseph R. Biden", "R")).isFalse();
    assertThat(SpeakerScore.surnameMatches("Edi Rama", "President")).isFalse();
    assertThat(SpeakerScore.surnameMatches("", "Rama")).isFalse();
  }

  @Test
  void readsBothKindsOfReferenceTable(@TempDir Path dir) throws IOException {
    Path delivered = dir.resolve("delivered.tsv");
    Files.writeString(
        delivered,
        "file\tiso2\tiso3\tlanguage\tcountry\tspeaker\tpost\n"
            + "gadebate2024_al_en.txt\tAL\tALB\ten\tAlbania\tEdi Rama\tPrime Minister\n",
        StandardCharsets.UTF_8);
    Path ungdc = dir.resolve("ungdc.tsv");
    Files.writeString(
        ungdc,
        "file\tiso3\tsession\tyear\tcountry\tspeaker\tpost\n"
            + "UNGDC_YUG_02_1947.txt\tYUG\t2\t1947\tYugoslavia\tMr. Simic\t\n\n",
        StandardCharsets.UTF_8);

    assertThat(ReferenceRow.read(delivered))
        .containsExactly(new ReferenceRow("gadebate2024_al_en.txt", "AL", true, "en", "Edi Rama"));
    assertThat(ReferenceRow.read(ungdc))
        .containsExactly(
            new ReferenceRow("UNGDC_YUG_02_1947.txt", "YUG", false, "1940s", "Mr. Simic"));
  }

  @Test
  void readsTheIsoTableAndKeepsUnknownCodes(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("iso3166.tsv");
    Files.writeString(table, "AD\tAND\tAndorra\nGB\tGBR\tUnited Kingdom\n", StandardCharsets.UTF_8);
    CorpusCodes codes = CorpusCodes.read(table);
    ReferenceRow row = ungdc("GBR_01_1946.txt", "GBR", "1940s", "Mr. Bevin");

    assertThat(codes.asReference("gb", row)).isEqualTo("GBR");
    assertThat(codes.asReference("CS", row)).isEqualTo("CSK");
    assertThat(codes.asReference("DD", row)).isEqualTo("DDR");
    assertThat(codes.asReference("QQ", row)).isEqualTo("QQ");
    assertThat(codes.asReference("GB", delivered("gb.txt", "GB", "en", "Keir Starmer")))
        .isEqualTo("GB");
  }
}
