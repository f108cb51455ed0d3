package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Body;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries, organs and honorifics in the headings of statements as delivered, in any language. */
class DeliveredStatementNamesTest {
  private static final Path DELIVERED = Path.of("src/test/resources/corpus/delivered");

  private static String heading(String file, String firstWords, int lines) throws IOException {
    List<String> all = Files.readAllLines(DELIVERED.resolve(file), StandardCharsets.UTF_8);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).startsWith(firstWords)) {
        return String.join("\n", all.subList(i, Math.min(all.size(), i + lines)));
      }
    }
    throw new AssertionError(firstWords + " is not in " + file);
  }

  @Test
  void frenchHeadingNamesSenegalAndItsHonorific() throws IOException {
    String heading = heading("gadebate2024_sn_fr.txt", "Discours de SEM", 2);
    assertThat(Countries.standard().find(heading).map(m -> m.country().name())).contains("Senegal");
    String label = heading.substring("Discours de ".length());
    assertThat(Honorifics.standard().leading(label)).contains("SEM");
  }

  @Test
  void russianHeadingNamesBelarusAndTheGeneralAssembly() throws IOException {
    String heading = heading("gadebate2024_by_ru.txt", "ВЫСТУПЛЕНИЕ", 10);
    assertThat(Countries.standard().find(heading).map(m -> m.country().name()))
        .as("'еспублики Беларусь' (the R lost to OCR) still names Belarus")
        .contains("Belarus");
    assertThat(Organs.standard().find(heading)).contains(Body.GENERAL_ASSEMBLY);
    assertThat(Organizations.standard().find(heading).map(m -> m.organization().name()))
        .contains("United Nations");
    assertThat(Honorifics.standard().leading("Господин Председатель")).contains("Господин");
  }

  @Test
  void englishHeadingsNameTheirCountries() throws IOException {
    String china = heading("gadebate2024_cn_en.txt", "Statement by H.E.", 6);
    assertThat(Countries.standard().find(china).map(m -> m.country().name())).contains("China");
    assertThat(Honorifics.standard().leading(china.substring("Statement by ".length())))
        .contains("H.E.");
    assertThat(Countries.standard().find(heading("gadebate2024_gb_en.txt", "UNITED KINGDOM", 1)))
        .map(m -> m.country().name())
        .contains("United Kingdom of Great Britain and Northern Ireland");
  }

  @Test
  void namesInOtherLanguagesResolve() {
    Countries countries = Countries.standard();
    assertThat(countries.lookup("République du Sénégal").map(Country::name)).contains("Senegal");
    assertThat(countries.lookup("Fédération de Russie").map(Country::name))
        .contains("Russian Federation");
    assertThat(countries.lookup("Российская Федерация").map(Country::name))
        .contains("Russian Federation");
    assertThat(countries.lookup("República Federativa do Brasil").map(Country::name))
        .contains("Brazil");
    assertThat(countries.lookup("Estados Unidos de América").map(Country::name))
        .contains("United States of America");
  }

  @Test
  void arabicAndChineseNamesAndRussianGenitivesResolve() {
    Countries countries = Countries.standard();
    assertThat(countries.lookup("المملكة العربية السعودية").map(Country::name))
        .as("as Saudi Arabia's 2024 byline prints it")
        .contains("Saudi Arabia");
    assertThat(countries.lookup("المملكةِ العربيةِ السعودية").map(Country::name))
        .as("vowel marks do not count")
        .contains("Saudi Arabia");
    assertThat(countries.lookup("جمهورية العراق").map(Country::name)).contains("Iraq");
    assertThat(countries.lookup("دولة فلسطين").map(Country::name)).contains("State of Palestine");
    assertThat(countries.lookup("البوسنة والهرسك").map(Country::name))
        .contains("Bosnia and Herzegovina");
    assertThat(countries.lookup("مالي")).as("also the word for financial").isEmpty();
    assertThat(countries.lookup("中华人民共和国").map(Country::name)).contains("China");
    assertThat(countries.lookup("Российской Федерации").map(Country::name))
        .contains("Russian Federation");
    assertThat(countries.lookup("Республики Беларусь").map(Country::name)).contains("Belarus");
    assertThat(countries.lookup("Соединённого Королевства").map(Country::name))
        .contains("United Kingdom of Great Britain and Northern Ireland");
  }

  @Test
  void anArabicSpeechNamesItsStateAmongOtherWords() {
    // Saudi Arabia's 2024 statement, from its PDF: "حَرِصتْ المملكةِ العربيةِ السعودية منذُ ..."
    String line = "حَرِصتْ المملكةِ العربيةِ السعودية منذُ مُشاركتِها في تأسيسِ هذهِ المنظمةْ";
    assertThat(Countries.standard().find(line).map(m -> m.country().name()))
        .contains("Saudi Arabia");
  }
}
