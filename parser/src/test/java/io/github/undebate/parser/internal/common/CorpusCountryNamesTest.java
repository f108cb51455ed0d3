package io.github.undebate.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every country name printed in the Security Council records of the corpus resolves. */
class CorpusCountryNamesTest {
  private static final Path SC = Path.of("src/test/resources/corpus/sc");

  /** "Mr. Nebenzia (Russian Federation):" and "Mr. Abarry (Niger) ( spoke in French ):" */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:Mr|Mrs|Ms|Miss|Dr)\\. [^():]{1,60}\\(([^()]{2,80})\\)(?: ?\\([^()]*\\))? ?:");

  /** "Members : Belgium ....... Mr. Pecsteen" and "China ......... Mr. Zhang Jun" */
  private static final Pattern MEMBER_LINE =
      Pattern.compile("^(?:Members ?: )?([A-Z][^.]{2,80}?) {1,4}\\.{2,}");

  /** "President : Mr. Pham Binh Minh/Mr. Dang ........ (Viet Nam)" */
  private static final Pattern PRESIDENT_LINE =
      Pattern.compile("^President ?: [^()]*\\.{2,} *\\(([^()]{2,80})\\)$");

  private static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(SC)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void everyCountryInASpeakerLabelResolves() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    for (String line : lines()) {
      Matcher m = LABEL.matcher(line.strip());
      if (m.find()) {
        names.add(m.group(1).strip());
      }
    }
    assertThat(names).as("country names in speaker labels").hasSizeGreaterThan(20);
    names.remove("European Union");
    for (String name : names) {
      assertThat(Countries.standard().lookup(name))
          .as("the label country \"%s\" resolves", name)
          .isPresent();
    }
    assertThat(Countries.standard().lookup("United Kingdom").orElseThrow().name())
        .isEqualTo("United Kingdom of Great Britain and Northern Ireland");
  }

  @Test
  void everyCountryInTheListOfMembersResolvesToItsShortName() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    for (String line : lines()) {
      Matcher m = MEMBER_LINE.matcher(line.strip());
      if (m.find()) {
        names.add(m.group(1).strip());
      }
      Matcher p = PRESIDENT_LINE.matcher(line.strip());
      if (p.find()) {
        names.add(p.group(1).strip());
      }
    }
    assertThat(names)
        .as("countries in the member lists")
        .contains("Niger", "Viet Nam", "United Kingdom of Great Britain and Northern Ireland");
    for (String name : names) {
      assertThat(Countries.standard().lookup(name).map(Country::name))
          .as("the member \"%s\" resolves to itself", name)
          .contains(name);
    }
  }

  @Test
  void everyCountryAndOrganizationTheGoldNamesIsInTheTables() throws IOException {
    Pattern field = Pattern.compile("\"(country|organization)\": \"([^\"]+)\"");
    TreeSet<String> countries = new TreeSet<>();
    TreeSet<String> organizations = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/gold"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Matcher m = field.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          (m.group(1).equals("country") ? countries : organizations).add(m.group(2));
        }
      }
    }
    assertThat(countries).as("countries in the gold").hasSizeGreaterThan(40);
    for (String name : countries) {
      boolean known =
          Countries.standard().lookup(name).isPresent()
              || Organizations.standard().lookup(name).isPresent();
      assertThat(known).as("the gold's \"%s\" is a country or organization", name).isTrue();
    }
    for (String name : organizations) {
      assertThat(Organizations.standard().lookup(name).map(Organization::name))
          .as("the gold's organization \"%s\"", name)
          .contains(name);
    }
  }

  @Test
  void theInvitationUnderRule37NamesEveryInvitedCountry() throws IOException {
    List<String> lines = lines();
    int from = -1;
    for (int i = 0; i < lines.size() && from < 0; i++) {
      if (lines.get(i).contains("I invite the representatives")) {
        from = i;
      }
    }
    assertThat(from).as("the rule 37 invitation is in the corpus").isNotNegative();
    StringBuilder paragraph = new StringBuilder();
    for (int i = from; i < lines.size() && !lines.get(i).contains("participate in"); i++) {
      paragraph.append(lines.get(i).strip()).append(' ');
    }
    List<String> found =
        Countries.standard().findAll(paragraph.toString()).stream()
            .map(m -> m.country().name())
            .toList();
    assertThat(found)
        .contains(
            "Afghanistan",
            "Bolivia (Plurinational State of)",
            "Iran (Islamic Republic of)",
            "Lao People's Democratic Republic",
            "Netherlands (Kingdom of the)",
            "Philippines")
        .doesNotContain("Guinea", "Niger", "Dominica")
        .hasSizeGreaterThan(60);
  }
}
