package io.github.undebate.parser.internal.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables {@link Countries} is made of: {@code countries.tsv} (the States, their codes,
 * status, years and other names), {@code country-names.tsv} (their names in other languages),
 * {@code country-lookalikes.txt} (words that look like a name and name no State) and {@code
 * demonyms.tsv} (the States' adjectives), each row checked.
 */
final class CountryTables {
  static final String TABLE = "countries.tsv";
  private static final String TRANSLATIONS = "country-names.tsv";
  private static final String LOOKALIKES = "country-lookalikes.txt";
  private static final String DEMONYMS = "demonyms.tsv";
  private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final Pattern TODAY = Pattern.compile("(seat:)?([A-Z]{3})");

  /** A name in another script, kept with its row until the names in other scripts are indexed. */
  record Deferred(String name, Country country, ResourceTable.Row row) {}

  private CountryTables() {}

  /** Reads the tables; a malformed row throws, naming its file and line. */
  static Countries load() {
    List<Country> all = new ArrayList<>();
    List<Country> members = new ArrayList<>();
    Map<String, Country> byAlpha3 = new HashMap<>();
    Map<Country, int[]> years = new HashMap<>();
    Map<Country, String> today = new HashMap<>();
    Set<Country> renamed = new HashSet<>();
    NameIndexBuilder<Country> names = namesBuilder();
    List<Deferred> otherScripts = new ArrayList<>();
    for (ResourceTable.Row row : ResourceTable.read(CountryTables.class, TABLE, 6, 7)) {
      String status = row.cell(3);
      if (!status.equals("member") && !status.equals("observer") && !status.equals("historical")) {
        throw row.malformed(
            "status must be member, observer or historical, was \"" + status + "\"");
      }
      if (status.equals("historical") == row.cell(4).equals("-")) {
        throw row.malformed("years are given for historical rows and only for them");
      }
      Country country;
      try {
        country =
            new Country(
                row.cell(0), code(row.cell(1)), code(row.cell(2)), status.equals("historical"));
      } catch (IllegalArgumentException e) {
        throw row.malformed(e.getMessage());
      }
      all.add(country);
      if (country.historical()) {
        years.put(country, years(row));
      }
      if (row.size() > 6) {
        Matcher m = TODAY.matcher(row.cell(6));
        if (!country.historical() || !m.matches()) {
          throw row.malformed("only a historical row names today's State, as ABC or seat:ABC");
        }
        today.put(country, m.group(2));
        if (m.group(1) == null) {
          renamed.add(country);
        }
      }
      if (status.equals("member")) {
        members.add(country);
      }
      if (!country.historical()) {
        byAlpha3.put(country.alpha3(), country);
      }
      add(names, otherScripts, country.name(), country, row);
      for (String other : ResourceTable.names(row.cell(5))) {
        add(names, otherScripts, other, country, row);
      }
    }
    for (ResourceTable.Row row : ResourceTable.read(CountryTables.class, TRANSLATIONS, 3, 3)) {
      Country country = byAlpha3.get(row.cell(0));
      if (country == null) {
        throw row.malformed("no current country with alpha-3 \"" + row.cell(0) + "\" in " + TABLE);
      }
      if (!ResourceTable.isCode(row.cell(1), true, 2, 2)) {
        throw row.malformed("language must be ISO 639-1, was \"" + row.cell(1) + "\"");
      }
      for (String other : ResourceTable.names(row.cell(2))) {
        add(names, otherScripts, other, country, row);
      }
    }
    for (ResourceTable.Row row : ResourceTable.read(CountryTables.class, LOOKALIKES, 1, 1)) {
      add(names, otherScripts, row.cell(0), null, row);
    }
    NameIndexBuilder<Country> adjectives = new NameIndexBuilder<>(DEMONYMS);
    for (ResourceTable.Row row : ResourceTable.read(CountryTables.class, DEMONYMS, 2, 2)) {
      Country country = byAlpha3.get(row.cell(0));
      for (int i = 0; country == null && i < all.size(); i++) {
        country = all.get(i).alpha3().equals(row.cell(0)) ? all.get(i) : null;
      }
      if (country == null) {
        throw row.malformed("no country with alpha-3 \"" + row.cell(0) + "\" in " + TABLE);
      }
      for (String adjective : ResourceTable.names(row.cell(1))) {
        adjectives.add(adjective, country, row);
      }
    }
    return new Countries(
        List.copyOf(all),
        List.copyOf(members),
        names.build(),
        List.copyOf(otherScripts),
        adjectives.build(),
        Map.copyOf(years),
        Map.copyOf(today),
        Set.copyOf(renamed));
  }

  /** An index of names that a person's honorific does not stand before ("Mr. Jordan"). */
  static NameIndexBuilder<Country> namesBuilder() {
    return new NameIndexBuilder<Country>(TABLE).notAfter(Honorifics.standard().singleWords());
  }

  /**
   * Adds a name in Latin letters to the index, or keeps a name in another script for {@link
   * Countries}, which indexes those on first need; a null country adds a look-alike.
   */
  private static void add(
      NameIndexBuilder<Country> names,
      List<Deferred> otherScripts,
      String name,
      Country country,
      ResourceTable.Row row) {
    switch (Scripts.of(name)) {
      case LATIN -> {
        if (country == null) {
          names.addLookalike(name, row);
        } else {
          names.add(name, country, row);
        }
      }
      case OTHER -> otherScripts.add(new Deferred(name, country, row));
      case MIXED -> throw row.malformed("name \"" + name + "\" mixes Latin and other letters");
    }
  }

  private static int[] years(ResourceTable.Row row) {
    Matcher m = YEARS.matcher(row.cell(4));
    if (!m.matches()) {
      throw row.malformed(
          "years must read first-last, e.g. 1945-1991, was \"" + row.cell(4) + "\"");
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  private static String code(String cell) {
    return cell.equals("-") ? "" : cell;
  }
}
