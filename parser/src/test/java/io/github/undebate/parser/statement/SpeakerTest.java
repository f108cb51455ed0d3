package io.github.undebate.parser.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import io.github.undebate.core.Debate;
import io.github.undebate.core.RecordKind;
import io.github.undebate.core.Speaker;
import io.github.undebate.core.SpeakerRole;
import org.junit.jupiter.api.Test;

/** Who speaks and in what debate, from bylines, headings, front matter and the speech itself. */
class SpeakerTest {

  private static Speaker speaker(Debate d) {
    return d.speaker(d.statements().get(0).speakerId()).orElseThrow();
  }

  @Test
  void resolvesTheSeedsCountryThroughTheTable() {
    Speaker s = speaker(Corpus.parse("../seed/belarus-csto-statement.txt"));
    assertThat(s.country()).contains("Belarus");
    assertThat(s.countryCode()).contains("BY");
    assertThat(s.role()).isEqualTo(SpeakerRole.REPRESENTATIVE);
  }

  @Test
  void readsAByLineSpreadOverLinesWithADoublePost() {
    Debate d = Corpus.parse("delivered/gadebate2024_cn_en.txt");
    Speaker s = speaker(d);
    assertThat(s.name()).contains("Wang Yi");
    assertThat(s.honorific()).contains("H.E.");
    assertThat(s.post().orElseThrow())
        .startsWith("Member of the Political Bureau")
        .endsWith("Minister of Foreign Affairs of the People’s Republic of China");
    assertThat(s.country()).contains("China");
    assertThat(d.body()).contains(Body.GENERAL_ASSEMBLY);
    assertThat(d.title())
        .contains(
            "Building on Past Achievements and Forging Ahead Together Toward a Community with a Shared Future for Mankind");
  }

  @Test
  void readsFrenchAndRussianBylines() {
    Debate fr = Corpus.parse("delivered/gadebate2024_sn_fr.txt");
    assertThat(speaker(fr).name()).contains("Bassirou Diomaye Diakhar FAYE");
    assertThat(speaker(fr).honorific()).contains("SEM");
    assertThat(speaker(fr).country()).contains("Senegal");
    assertThat(fr.date()).hasToString("Optional[2024-09-25]");
    assertThat(fr.title().orElseThrow())
        .startsWith("Nelaisser personne de côté")
        .endsWith("générations présentes et futures");
    Debate ru = Corpus.parse("delivered/gadebate2024_by_ru.txt");
    assertThat(speaker(ru).name()).contains("М.В.Рыженкова");
    assertThat(speaker(ru).post()).contains("Министра иностранных дел еспублики Беларусь");
    assertThat(speaker(ru).country()).contains("Belarus");
  }

  @Test
  void takesTheSpeakerFromTheFrontMatterTitleAndTheSite() {
    Debate d =
        Corpus.parse(
            "website/whitehouse_2022-11-10-remarks-by-homeland-security-advisor-liz-sherwood-randall-at-the-united-nations.md");
    Speaker s = speaker(d);
    assertThat(s.name()).contains("Liz Sherwood-Randall");
    assertThat(s.honorific()).contains("Dr.");
    assertThat(s.post()).contains("Homeland Security Advisor");
    assertThat(s.country()).contains("United States of America");
    assertThat(d.body()).contains(Body.SECURITY_COUNCIL);
  }

  @Test
  void doesNotTakeAnOrganNamedAsTopicForTheVenue() {
    Debate d =
        Corpus.parse(
            "website/whitehouse_2022-01-31-statement-from-president-biden-on-united-nations-security-council-meeting.md");
    assertThat(d.body()).as("a White House statement about a Council meeting").isEmpty();
    assertThat(speaker(d).name()).contains("Biden");
  }

  @Test
  void leavesTheNameOfAnUnnamedGeneralDebateSpeakerEmpty() {
    Debate d = Corpus.parse("ga/UNGDC_BLR_50_1995.txt");
    assertThat(speaker(d).name()).isEmpty();
    assertThat(speaker(d).country()).contains("Belarus");
    assertThat(d.body()).contains(Body.GENERAL_ASSEMBLY);
  }

  @Test
  void takesThePostASpeakerGivesHimself() {
    assertThat(speaker(Corpus.parse("delivered/gadebate2024_gb_en.txt")).post())
        .contains("Prime Minister");
  }

  @Test
  void cutsABriefingIntoOneStatementPerLabelledTurn() {
    Debate d =
        Corpus.parse(
            "website/whitehouse_2022-09-21-background-press-briefing-on-president-bidens-meetings-at-the-united-nations.md");
    assertThat(d.kind()).isEqualTo(RecordKind.OTHER);
    assertThat(d.statements()).hasSize(84);
    assertThat(d.speakers())
        .extracting(Speaker::raw)
        .containsExactly("SENIOR ADMINISTRATION OFFICIAL:", "Q", "WHITE HOUSE AIDE:");
    assertThat(Corpus.allText(d))
        .doesNotContain("SENIOR ADMINISTRATION OFFICIAL:")
        .doesNotContain("(Laughter.)");
  }
}
