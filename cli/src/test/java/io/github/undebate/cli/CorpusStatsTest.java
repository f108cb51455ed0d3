package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Citation;
import io.github.undebate.core.CitationType;
import io.github.undebate.core.Debate;
import io.github.undebate.core.Paragraph;
import io.github.undebate.core.ParagraphKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import io.github.undebate.core.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The corpus table: statements and words per speaker and country, counts per citation target. */
class CorpusStatsTest {

  private static final Speaker NEBENZIA =
      Speaker.builder("sp1")
          .honorific("Mr.")
          .name("Nebenzia")
          .country("Russian Federation", "RU")
          .role(SpeakerRole.REPRESENTATIVE)
          .raw("Mr. Nebenzia (Russian Federation)")
          .build();
  private static final Speaker CRAFT =
      Speaker.builder("sp2")
          .honorific("Mrs.")
          .name("Craft")
          .country("United States of America", "US")
          .role(SpeakerRole.REPRESENTATIVE)
          .raw("Mrs. Craft (United States of America)")
          .build();
  private static final Speaker UNNAMED = Speaker.builder("sp3").build();

  @Test
  void speakersAreCountedAcrossRecordsByNameAndCountry() {
    CorpusStats stats = new CorpusStats();
    stats.add(
        meeting(statement(NEBENZIA, "We propose an oral amendment."), statement(CRAFT, "No.")));
    stats.add(meeting(statement(NEBENZIA, "The Russian Federation voted in favour.")));

    assertThat(stats.rows(CorpusStats.Table.speaker))
        .containsExactly(
            new CorpusStats.Row(
                List.of("Mr. Nebenzia", "Russian Federation"), List.of(2L, 2L, 11L)),
            new CorpusStats.Row(
                List.of("Mrs. Craft", "United States of America"), List.of(1L, 1L, 1L)));
    assertThat(stats.records()).isEqualTo(2);
  }

  @Test
  void aSpeakerTheRecordDoesNotNameCountsAsUnknown() {
    CorpusStats stats = new CorpusStats();
    stats.add(meeting(statement(UNNAMED, "Mr. President, distinguished delegates.")));

    assertThat(stats.rows(CorpusStats.Table.speaker))
        .containsExactly(new CorpusStats.Row(List.of("(unknown)", ""), List.of(1L, 1L, 4L)));
    assertThat(stats.rows(CorpusStats.Table.country))
        .containsExactly(new CorpusStats.Row(List.of("(unknown)"), List.of(1L, 1L, 4L)));
  }

  @Test
  void citationsAreCountedPerTargetAndRecord() {
    String text = "Documents S/2020/24 and S/2020/25, and again S/2020/24.";
    Paragraph p =
        new Paragraph(
            ParagraphKind.BODY,
            text,
            List.of(
                cite(text, "S/2020/24", 0),
                cite(text, "S/2020/25", 0),
                cite(text, "S/2020/24", 30)),
            List.of());
    CorpusStats stats = new CorpusStats();
    stats.add(meeting(new Statement(CRAFT.id(), Optional.empty(), List.of(p))));
    stats.add(meeting(statement(CRAFT, "Nothing cited here.")));

    assertThat(stats.rows(CorpusStats.Table.citation))
        .containsExactly(
            new CorpusStats.Row(List.of("S/2020/24", "document"), List.of(1L, 2L)),
            new CorpusStats.Row(List.of("S/2020/25", "document"), List.of(1L, 1L)));
  }

  @Test
  void wordsAreRunsBetweenWhiteSpaceOfAnyKind() {
    assertThat(CorpusStats.words("")).isZero();
    assertThat(CorpusStats.words("  one\ttwo\u00a0three\nfour  ")).isEqualTo(4);
    assertThat(CorpusStats.words("S/RES/2505 (2020) — adopted.")).isEqualTo(4);
  }

  private static Citation cite(String text, String symbol, int from) {
    int start = text.indexOf(symbol, from);
    return new Citation(CitationType.DOCUMENT, symbol, start, start + symbol.length(), symbol);
  }

  private static Statement statement(Speaker speaker, String text) {
    return new Statement(speaker.id(), Optional.empty(), List.of(Paragraph.body(text)));
  }

  private static Debate meeting(Statement... statements) {
    Debate.Builder b = Debate.builder().speakers(List.of(NEBENZIA, CRAFT, UNNAMED));
    for (Statement s : statements) {
      b.addProceeding(s);
    }
    return b.build();
  }
}
