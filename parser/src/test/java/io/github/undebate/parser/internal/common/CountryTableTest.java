package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table holds the Member States, observers and former Members with their codes. */
class CountryTableTest {
  private final Countries countries = Countries.standard();

  @Test
  void holdsThe193MemberStatesWithDistinctCodes() {
    assertThat(countries.members()).as("current Member States").hasSize(193);
    Set<String> alpha2 = new HashSet<>();
    Set<String> alpha3 = new HashSet<>();
    for (Country c : countries.members()) {
      assertThat(c.historical()).isFalse();
      assertThat(alpha2.add(c.alpha2())).as("alpha-2 of %s is unique", c).isTrue();
      assertThat(alpha3.add(c.alpha3())).as("alpha-3 of %s is unique", c).isTrue();
      assertThat(countries.lookup(c.name())).as("%s resolves to itself", c).contains(c);
    }
    long observers =
        countries.all().stream()
            .filter(c -> !c.historical() && !countries.members().contains(c))
            .count();
    assertThat(observers).as("observer States: Holy See, State of Palestine").isEqualTo(2);
  }

  @Test
  void historicalMembersKeepTheirWithdrawnCodes() {
    Country ussr = countries.lookup("USSR").orElseThrow();
    assertThat(ussr.name()).isEqualTo("Union of Soviet Socialist Republics");
    assertThat(ussr.alpha2()).isEqualTo("SU");
    assertThat(ussr.alpha3()).isEqualTo("SUN");
    assertThat(ussr.historical()).isTrue();
    assertThat(countries.lookup("Yugoslavia").orElseThrow().alpha2()).isEqualTo("YU");
    assertThat(countries.lookup("Czechoslovakia").orElseThrow().alpha2()).isEqualTo("CS");
    assertThat(countries.lookup("German Democratic Republic").orElseThrow().alpha2())
        .isEqualTo("DD");
    assertThat(countries.lookup("Zaire").orElseThrow().alpha2()).isEqualTo("ZR");
    assertThat(countries.lookup("Ukrainian SSR").map(Country::name))
        .contains("Ukrainian Soviet Socialist Republic");
    assertThat(countries.lookup("Federal Republic of Germany").orElseThrow().historical()).isTrue();
    assertThat(countries.lookup("Tanganyika").orElseThrow().alpha2()).isEmpty();
  }

  @Test
  void otherNamesResolveToTheShortName() {
    String[][] cases = {
      {"United Kingdom", "United Kingdom of Great Britain and Northern Ireland"},
      {"the United Kingdom", "United Kingdom of Great Britain and Northern Ireland"},
      {"UK", "United Kingdom of Great Britain and Northern Ireland"},
      {"Russia", "Russian Federation"},
      {"( Russian Federation )", "Russian Federation"},
      {"VIET NAM", "Viet Nam"},
      {"Vietnam", "Viet Nam"},
      {"Iran", "Iran (Islamic Republic of)"},
      {"Syria", "Syrian Arab Republic"},
      {"Venezuela", "Venezuela (Bolivarian Republic of)"},
      {"Bolivia", "Bolivia (Plurinational State of)"},
      {"Tanzania", "United Republic of Tanzania"},
      {"Moldova", "Republic of Moldova"},
      {"Laos", "Lao People's Democratic Republic"},
      {"Lao People’s Democratic Republic", "Lao People's Democratic Republic"},
      {"Palestine", "State of Palestine"},
      {"Republic of Türkiye", "Türkiye"},
      {"Turkiye", "Türkiye"},
      {"Ivory Coast", "Côte d'Ivoire"},
      {"Cote d'Ivoire", "Côte d'Ivoire"},
      {"Czech Republic", "Czechia"},
      {"North Korea", "Democratic People's Republic of Korea"},
      {"South Korea", "Republic of Korea"},
      {"Republic of Belarus", "Belarus"},
      {"Kingdom of Saudi Arabia", "Saudi Arabia"},
      {"the Netherlands", "Netherlands (Kingdom of the)"},
      {"United States", "United States of America"},
      {"U.S.A.", "United States of America"},
      {"Federative Republic of Brazil", "Brazil"},
      {"Republic of Senegal", "Senegal"},
      {"People's Republic of China", "China"},
      {"Soviet Union", "Union of Soviet Socialist Republics"},
      {"Guinea Bissau", "Guinea-Bissau"},
    };
    for (String[] c : cases) {
      assertThat(countries.lookup(c[0]).map(Country::name))
          .as("\"%s\" resolves to %s", c[0], c[1])
          .contains(c[1]);
    }
    assertThat(countries.lookup("Belarusian")).as("adjectives are no country").isEmpty();
    assertThat(countries.lookup("Republic")).isEmpty();
  }
}
