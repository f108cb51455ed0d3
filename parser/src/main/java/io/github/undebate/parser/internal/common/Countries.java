package io.github.undebate.parser.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The countries of {@code countries.tsv}: the 193 Member States by their UN short names, the
 * observer States and former Members, each with its ISO 3166-1 codes and the other names people
 * print, with their French, Spanish, Portuguese and Russian names from {@code country-names.tsv}.
 * Immutable and safe to share between threads; use {@link #standard()}.
 */
public final class Countries {
  private final List<Country> all;
  private final List<Country> members;
  // the names in Latin letters; the names in other scripts are indexed on first need (Scripts)
  private final NameIndex<Country> names;
  private final List<CountryTables.Deferred> otherScriptRows;
  private volatile NameIndex<Country> otherScriptNames;
  private final NameIndex<Country> adjectives;
  // the first and last year of each former State, as the table gives them
  private final Map<Country, int[]> years;
  // the alpha-3 of the State a former State's row stands for today, where its own differs
  private final Map<Country, String> today;
  // the former States of {@code today} that are the same State today (renamed), not predecessors
  private final Set<Country> renamed;

  /** The tables as {@link CountryTables} reads them. */
  Countries(
      List<Country> all,
      List<Country> members,
      NameIndex<Country> names,
      List<CountryTables.Deferred> otherScriptRows,
      NameIndex<Country> adjectives,
      Map<Country, int[]> years,
      Map<Country, String> today,
      Set<Country> renamed) {
    this.all = all;
    this.members = members;
    this.names = names;
    this.otherScriptRows = otherScriptRows;
    this.adjectives = adjectives;
    this.years = years;
    this.today = today;
    this.renamed = renamed;
  }

  private static final class Holder {
    static final Countries STANDARD = CountryTables.load();
  }

  /** The shared table, loaded once on first use. */
  public static Countries standard() {
    return Holder.STANDARD;
  }

  /**
   * The names in scripts other than Latin, indexed on the first call: when a text first holds a
   * letter of such a script, or a test asks. A name of one kind never overlaps a name of the other
   * in a text (their words are of different scripts), so finding in both indexes and merging gives
   * what one index of all names gave.
   */
  private NameIndex<Country> otherScriptNames() {
    NameIndex<Country> index = otherScriptNames;
    if (index == null) {
      synchronized (this) {
        index = otherScriptNames;
        if (index == null) {
          NameIndexBuilder<Country> builder = CountryTables.namesBuilder();
          for (CountryTables.Deferred d : otherScriptRows) {
            if (d.country() == null) {
              builder.addLookalike(d.name(), d.row());
            } else {
              builder.add(d.name(), d.country(), d.row());
            }
          }
          index = builder.build();
          otherScriptNames = index;
        }
      }
    }
    return index;
  }

  /**
   * The country with this name or other name, matched whole after folding case, accents,
   * punctuation, whitespace and a leading "the": "( Russian Federation )", "the United Kingdom" and
   * "VIET NAM" all resolve.
   */
  public Optional<Country> lookup(String name) {
    Optional<Country> found = names.lookup(name);
    if (found.isEmpty() && name != null && Scripts.mayHoldOther(name)) {
      return otherScriptNames().lookup(name);
    }
    return found;
  }

  /**
   * The country of a name of several words printed with spaces lost ("United
   * KingdomofGreatBritainand Northern Ireland"), matched with all spaces taken out; only where that
   * key names one country.
   */
  public Optional<Country> lookupRunTogether(String name) {
    Optional<Country> found = names.lookupRunTogether(name);
    if (found.isEmpty() && name != null && Scripts.mayHoldOther(name)) {
      return otherScriptNames().lookupRunTogether(name);
    }
    return found;
  }

  /**
   * The first country named in {@code text} as whole words, with the longest name that starts
   * there: "Papua New Guinea" rather than "Guinea", never "Niger" inside "Nigeria". Names in
   * capitals only ("UK", "US") count only when printed in capitals; a name right after an honorific
   * ("Mr. Jordan") is a person's name and does not count.
   */
  public Optional<CountryMention> find(String text) {
    Optional<NameIndex.Match<Country>> found = names.find(text);
    if (text != null && Scripts.mayHoldOther(text)) {
      Optional<NameIndex.Match<Country>> other = otherScriptNames().find(text);
      if (other.isPresent() && (found.isEmpty() || other.get().start() < found.get().start())) {
        found = other;
      }
    }
    return found.map(m -> new CountryMention(m.value(), m.start(), m.end()));
  }

  /** Every country named in {@code text}, left to right, by the rules of {@link #find}. */
  public List<CountryMention> findAll(String text) {
    return List.copyOf(mentions(withOtherScripts(text, names.findAll(text))));
  }

  /**
   * The matches of the names in Latin letters, with those of the names in other scripts merged in
   * by position where the text may hold any.
   */
  private List<NameIndex.Match<Country>> withOtherScripts(
      String text, List<NameIndex.Match<Country>> latin) {
    if (text == null || !Scripts.mayHoldOther(text)) {
      return latin;
    }
    List<NameIndex.Match<Country>> other = otherScriptNames().findAll(text);
    if (other.isEmpty()) {
      return latin;
    }
    List<NameIndex.Match<Country>> merged = new ArrayList<>(latin.size() + other.size());
    int i = 0;
    int j = 0;
    while (i < latin.size() || j < other.size()) {
      if (j == other.size() || i < latin.size() && latin.get(i).start() < other.get(j).start()) {
        merged.add(latin.get(i++));
      } else {
        merged.add(other.get(j++));
      }
    }
    return merged;
  }

  /**
   * Every country whose adjective ({@code demonyms.tsv}: "Brazilian", "Soviet") the text prints,
   * left to right, as whole capitalised words.
   */
  public List<CountryMention> findAllAdjectives(String text) {
    List<CountryMention> mentions = new ArrayList<>();
    for (NameIndex.Match<Country> m : adjectives.findAll(text)) {
      mentions.add(new CountryMention(m.value(), m.start(), m.end()));
    }
    return List.copyOf(mentions);
  }

  /**
   * The countries a text names and those whose adjectives it prints, as {@link #findAll} and {@link
   * #findAllAdjectives} give them.
   *
   * @param names the countries named, left to right
   * @param adjectives the countries whose adjectives are printed, left to right
   */
  public record Mentions(List<CountryMention> names, List<CountryMention> adjectives) {
    /** Copies the lists. */
    public Mentions {
      names = List.copyOf(names);
      adjectives = List.copyOf(adjectives);
    }
  }

  /**
   * {@link #findAll} and {@link #findAllAdjectives} of {@code text} from one reading of its words:
   * a speech read for both is read once.
   */
  public Mentions findAllWithAdjectives(String text) {
    return findAllWithAdjectives(text, NO_STRETCHES);
  }

  private static final int[] NO_STRETCHES = {};

  /**
   * {@link #findAllWithAdjectives(String)} of the text with the stretches of {@code blanked} (start
   * and end pairs, in order, none overlapping) overwritten by spaces, read in the text itself: a
   * speech whose quotations do not count is not copied with them blanked (issue 14). Each stretch
   * must follow a character that is no letter, digit, apostrophe or dot, as a quotation follows its
   * opening mark, so that no word read runs into one.
   */
  public Mentions findAllWithAdjectives(String text, int[] blanked) {
    List<NameIndex.Match<Country>> named = new ArrayList<>();
    List<NameIndex.Match<Country>> adjectived = new ArrayList<>();
    // a text whose words hold no character of another script is not read again for one
    boolean other = NameIndex.findAllTogether(text, blanked, names, named, adjectives, adjectived);
    return new Mentions(
        mentions(other ? withOtherScripts(blanked(text, blanked), named) : named),
        mentions(adjectived));
  }

  /** The text with the stretches overwritten by spaces; the text itself when there are none. */
  static String blanked(String text, int[] stretches) {
    if (stretches.length == 0) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int k = 0; k < stretches.length; k += 2) {
      java.util.Arrays.fill(out, stretches[k], stretches[k + 1], ' ');
    }
    return new String(out);
  }

  private static List<CountryMention> mentions(List<NameIndex.Match<Country>> matches) {
    List<CountryMention> mentions = new ArrayList<>(matches.size());
    for (NameIndex.Match<Country> m : matches) {
      mentions.add(new CountryMention(m.value(), m.start(), m.end()));
    }
    return mentions;
  }

  /** Every country of the table, in table order: members, observers, then former Members. */
  public List<Country> all() {
    return all;
  }

  /** The current Member States of the United Nations. */
  public List<Country> members() {
    return members;
  }

  /**
   * The country that had the ISO 3166-1 alpha-3 code in the given year: a former State or former
   * name whose years in the table cover it, by its own code or today's State's ("UKR" in 1946 is
   * the Ukrainian SSR, "RUS" in 1962 the USSR, "LKA" in 1962 Ceylon), else the current one.
   */
  public Optional<Country> byAlpha3(String alpha3, int year) {
    if (alpha3.isEmpty()) {
      return Optional.empty();
    }
    Country current = null;
    for (Country c : all) {
      if (!c.alpha3().equals(alpha3) && !alpha3.equals(today.get(c))) {
        continue;
      }
      int[] span = years.get(c);
      if (span == null) {
        current = c;
      } else if (span[0] <= year && year <= span[1]) {
        return Optional.of(c);
      }
    }
    return Optional.ofNullable(current);
  }

  /**
   * The country as it was named in the given year, or today when the year is unknown: "Turkey" in
   * 1950 and "Türkiye" today are one State, "Ceylon" in 1970 and "Sri Lanka" today another. Without
   * a year a former name takes today's ("Burma" is Myanmar); a State that only took a former
   * State's seat is another State (the USSR stays the USSR).
   */
  public Country asOf(Country country, OptionalInt year) {
    String code = today.getOrDefault(country, country.alpha3());
    if (code.isEmpty()) {
      return country;
    }
    if (year.isPresent()) {
      return byAlpha3(code, year.getAsInt()).orElse(country);
    }
    String same = renamed.contains(country) ? code : country.alpha3();
    for (Country c : all) {
      if (!c.historical() && c.alpha3().equals(same)) {
        return c;
      }
    }
    return country;
  }
}
