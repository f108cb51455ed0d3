package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.parser.internal.text.WordTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finding names reads the words of a text one at a time and reads ahead only where a word starts a
 * name. These cases pin that reading to the one over the whole list of words it replaced: where a
 * longer name fails part-way the reading goes back to the word after its first, and every rule of a
 * word (capitals, breaks, possessives, initialisms, parentheses, honorifics) still holds at the
 * text's start and end. Lines are from the corpus unless said otherwise.
 */
class NameScanTest {
  private final Countries countries = Countries.standard();

  /** Each name found, as printed, in order. */
  private List<String> printed(String text) {
    return countries.findAll(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void aNameIsFoundAsTheWholeTextAndAtItsVeryEnd() {
    assertThat(printed("Nigeria")).containsExactly("Nigeria");
    assertThat(printed("Russia's")).containsExactly("Russia");
    assertThat(printed("U.S.A."))
        .as("the final dot belongs to the initialism")
        .containsExactly("U.S.A.");
    assertThat(printed("the Democratic Republic of the"))
        .as("a longer name cut off by the end of the text")
        .isEmpty();
  }

  @Test
  void possessivesAndTheNameAfterASentenceAreFound() {
    String ga1989 =
        "In the Middle East, the right of self-determination of the Palestinian people has to be"
            + " reconciled with Israel's right to exist and its security. In the Republic of South"
            + " Africa the aim is to overcome inhuman apartheid.";
    assertThat(printed(ga1989)).containsExactly("Israel", "Republic of South Africa");
  }

  @Test
  void whereALongerNameFailsPartWayTheShorterOneOrTheNextWordsAreTried() {
    assertThat(printed("stand the people of the United States of American and"))
        .as("\"United States of America\" fails on its last word")
        .containsExactly("United States");
    assertThat(printed("United Republic of the Congo"))
        .as("\"United Republic of Tanzania\" fails on its fourth word; the next starts a name")
        .containsExactly("Republic of the Congo");
    assertThat(printed("from Central America to Afghanistan, from Cambodia to Korea."))
        .as("\"Central African Republic\" fails on its second word")
        .containsExactly("Afghanistan", "Cambodia");
    assertThat(printed("Sudan, the Democratic Republic of the Congo and"))
        .containsExactly("Sudan", "Democratic Republic of the Congo");
  }

  @Test
  void capitalsOnlyNamesAndInitialismsNeedTheirCapitals() {
    String briefing = "between U.S. and UK if Good Friday gets blown up?";
    assertThat(printed(briefing)).containsExactly("U.S.", "UK");
    assertThat(printed("US")).containsExactly("US");
    assertThat(printed("us")).isEmpty();
    assertThat(printed("the UNITED KINGDOM")).containsExactly("UNITED KINGDOM");
    assertThat(printed("the united kingdom")).isEmpty();
  }

  @Test
  void breaksHonorificsAndLookalikesHoldAcrossTheReading() {
    assertThat(printed("Sierra. Leone")).as("a full stop after a long word").isEmpty();
    assertThat(printed("St. Lucia and Saint Lucia")).containsExactly("St. Lucia", "Saint Lucia");
    assertThat(printed("Mr. Jordan Jordan")).as("after an honorific").containsExactly("Jordan");
    assertThat(printed("Mr. Chad, Chad")).containsExactly("Chad");
    assertThat(printed("Lake Chad Chad"))
        .as("a look-alike is skipped whole")
        .containsExactly("Chad");
    assertThat(printed("Takht Ravanchi (Islamic Republic of Iran):"))
        .containsExactly("Islamic Republic of Iran");
  }

  @Test
  void organizationsAreFoundByTheSameReading() {
    String belarus =
        "nearly 40 countries, home to 2.5 billion people, are under illegal, unilateral coercive"
            + " measures by the United States and the EU. Many have lived under these for decades"
            + " — **Cuba** for more than half a century.";
    assertThat(printed(belarus)).containsExactly("United States", "Cuba");
    assertThat(
            Organizations.standard().findAll(belarus).stream()
                .map(m -> belarus.substring(m.start(), m.end())))
        .containsExactly("EU");
  }

  @Test
  void theReaderCutsTheWordsOfTheList() {
    String text = "CÔTE D’IVOIRE's U.S.A. Guinea-Bissau, 2.5 Mr. Smith.";
    WordReader reader = new WordReader(text);
    for (Words.Word word : Words.of(text)) {
      assertThat(reader.next()).isTrue();
      assertThat(reader.folded().toString()).isEqualTo(word.folded());
      assertThat(reader.start()).isEqualTo(word.start());
      assertThat(reader.end()).isEqualTo(word.end());
      assertThat(reader.capitalized()).isEqualTo(word.capitalized());
      assertThat(reader.upperCase()).isEqualTo(word.upperCase());
      assertThat(reader.breakBefore()).isEqualTo(word.breakBefore());
    }
    assertThat(reader.next()).isFalse();
    assertThat(Words.of(text).stream().map(Words.Word::folded))
        .containsExactly("cote", "divoire", "usa", "guinea", "bissau", "2", "5", "mr", "smith");
    assertThat(Words.key("Côte d’Ivoire")).isEqualTo("cote divoire");
  }

  @Test
  void aMarkedReaderComesBackToItsWord() {
    WordReader reader = new WordReader("Guinea, Bissau and Niger");
    reader.next();
    reader.mark();
    reader.next();
    assertThat(reader.breakBefore()).as("the comma before Bissau").isTrue();
    reader.reset();
    assertThat(reader.folded().toString()).isEqualTo("guinea");
    assertThat(reader.next()).isTrue();
    assertThat(reader.folded().toString()).isEqualTo("bissau");
    assertThat(reader.breakBefore()).isTrue();
  }

  @Test
  void aReaderThatSkipsSmallWordsFoldsThemWhenAsked() {
    String text = "the former Yugoslav Republic, l’État de Palestine and Mr. Smith’s Côte d’Ivoire";
    WordReader all = new WordReader(text);
    WordReader skipping = new WordReader(text);
    int keepF = 1 << ('f' - 'a');
    while (all.next()) {
      assertThat(skipping.nextSkippingSmall(keepF)).isTrue();
      char first = text.charAt(skipping.start());
      assertThat(skipping.isFolded())
          .as("\"%s\" is folded unless it opens with a small letter other than f", all.folded())
          .isEqualTo(!(first >= 'a' && first <= 'z') || first == 'f');
      assertThat(skipping.previous().toString()).isEqualTo(all.previous().toString());
      assertThat(skipping.folded().toString()).isEqualTo(all.folded().toString());
      assertThat(skipping.end()).isEqualTo(all.end());
      assertThat(skipping.upperCase()).isEqualTo(all.upperCase());
    }
    assertThat(skipping.nextSkippingSmall(keepF)).isFalse();
  }

  @Test
  void aWordTableFindsWordsHeldInAnyCharSequence() {
    WordTable<Integer> table = WordTable.of(Map.of("chad", 1, "niger", 2, "mr", 3));
    assertThat(table.get(new StringBuilder("niger"))).isEqualTo(2);
    assertThat(table.get("chad")).isEqualTo(1);
    assertThat(table.get("nigeria")).isNull();
    assertThat(table.contains("")).isFalse();
    assertThat(WordTable.<Integer>of(Map.of()).get("chad")).isNull();
  }

  @Test
  void oneWalkForNamesAndAdjectivesFindsWhatTwoScansFind() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(
        "Mr. Jordan Jordan, the Soviet delegation and Lake Chad Chad. The Brazilian Government"
            + " and Bolivia (Plurinational State of) with the Dominican Republic, the Dominican"
            + " delegation, Saudi Arabian and Saudi Arabia; the UNITED KINGDOM, British, us, US.");
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    int names = 0;
    int adjectives = 0;
    for (String text : texts) {
      Countries.Mentions together = countries.findAllWithAdjectives(text);
      assertThat(together.names()).isEqualTo(countries.findAll(text));
      assertThat(together.adjectives()).isEqualTo(countries.findAllAdjectives(text));
      names += together.names().size();
      adjectives += together.adjectives().size();
    }
    assertThat(names).as("the texts name States").isGreaterThan(1000);
    assertThat(adjectives).as("and print their adjectives").isGreaterThan(20);
  }

  /**
   * The walk for names and adjectives tries a name of several words only where the next word is its
   * second: on every General Debate text of the shared corpus (read in place, not copied) and on
   * texts made of the words that open names, it finds what the two scans, which try every
   * candidate, find.
   */
  @Test
  void triesPassedOverForTheirSecondWordLoseNoName() throws IOException {
    Path shared = Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus");
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("ungdc-sample", "delivered-2024")) {
      try (Stream<Path> files = Files.list(shared.resolve(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(p));
        }
      }
    }
    assertThat(texts).as("the General Debate texts").hasSizeGreaterThan(300);
    // words that open several names, their second and later words, and what breaks a name
    String[] vocabulary = {
      "United",
      "States",
      "Kingdom",
      "Nations",
      "Republic",
      "of",
      "the",
      "Tanzania",
      "America",
      "Arab",
      "Emirates",
      "Democratic",
      "Congo",
      "Korea",
      "South",
      "Sudan",
      "Africa",
      "Guinea",
      "New",
      "Zealand",
      "Papua",
      "Saint",
      "St.",
      "Lucia",
      "Kitts",
      "Nevis",
      "Central",
      "African",
      "Mr.",
      "Lake",
      "Chad",
      "Saudi",
      "Arabia",
      "Arabian",
      "Soviet",
      "delegation",
      "Government",
      "UNITED",
      "KINGDOM",
      "Bolivia",
      "(Plurinational",
      "State",
      "of)",
      "Iran",
      "(Islamic",
      "Côte",
      "d’Ivoire",
      "Sierra",
      "Leone",
      "Niger",
      "Nigeria",
      "US",
      "Беларусь",
      "Российской",
      "Федерации",
      "العراق",
      "والعراق",
      "d’État",
      "México",
      "U.S.A."
    };
    String[] between = {" ", " ", " ", ", ", ". ", "\n", " and ", "'s "};
    Random random = new Random(15);
    for (int t = 0; t < 2000; t++) {
      StringBuilder b = new StringBuilder();
      for (int w = random.nextInt(12); w >= 0; w--) {
        b.append(vocabulary[random.nextInt(vocabulary.length)]);
        b.append(between[random.nextInt(between.length)]);
      }
      texts.add(b.toString());
    }
    int names = 0;
    for (String text : texts) {
      Countries.Mentions together = countries.findAllWithAdjectives(text);
      assertThat(together.names()).as(text).isEqualTo(countries.findAll(text));
      assertThat(together.adjectives()).as(text).isEqualTo(countries.findAllAdjectives(text));
      names += together.names().size();
    }
    assertThat(names).as("the texts name States").isGreaterThan(10000);
  }
}
