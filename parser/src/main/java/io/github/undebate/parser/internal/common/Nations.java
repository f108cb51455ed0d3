package io.github.undebate.parser.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one resolver of States and organizations for both readers: a name as printed in a label or a
 * vote list, a State named in a byline or heading, the State a website or a speech speaks for. The
 * methods that answer {@link Evidenced} say which {@link Evidence} gave the State, so that each
 * rule can be weighed (and new kinds of evidence added) in one place. Backed by {@link Countries},
 * {@link Organizations} and {@code government-sites.tsv}; stateless and safe to share.
 */
public final class Nations {
  /** Longer names are never repaired space by space: no State's name is this long. */
  private static final int MAX_REPAIRED_LENGTH = 60;

  // "at the", "before the", "to the", "in the", "address the" right before a name: a place
  private static final Pattern VENUE_BEFORE =
      Pattern.compile("(?i)\\b(?:at|before|to|in|address|addresses|addressing)\\s+(?:the\\s+)?$");

  private static final Pattern SITE_HOST = Pattern.compile("^(?:https?://)?([^/:]+)");

  private Nations() {}

  private static final class Sites {
    // host suffix and State name, in table order
    static final List<String[]> ROWS = load();

    private static List<String[]> load() {
      List<String[]> rows = new ArrayList<>();
      for (ResourceTable.Row row :
          ResourceTable.read(Nations.class, "government-sites.tsv", 2, 2)) {
        if (Countries.standard().lookup(row.cell(1)).isEmpty()) {
          throw row.malformed("\"" + row.cell(1) + "\" is no State of countries.tsv");
        }
        rows.add(new String[] {row.cell(0), row.cell(1)});
      }
      return List.copyOf(rows);
    }
  }

  /**
   * The first State named anywhere in the text of a byline, heading, letterhead or page title
   * ({@link #firstIn}), with that evidence.
   */
  public static Optional<Evidenced<State>> mentionedIn(Evidence evidence, String text) {
    return firstIn(text).map(s -> new Evidenced<>(s, evidence, text));
  }

  /**
   * The State a speaker label's or header line's part names as a whole, perhaps broken by the text
   * extraction ({@link #namedRepaired}), with that evidence.
   */
  public static Optional<Evidenced<State>> namedBy(Evidence evidence, String name) {
    return namedRepaired(name).map(s -> new Evidenced<>(s, evidence, name));
  }

  /** The State the website at the address speaks for ({@link #ofSite}), as its evidence. */
  public static Optional<Evidenced<State>> speaksFor(String url) {
    return ofSite(url).map(s -> new Evidenced<>(s, Evidence.SITE_ADDRESS, url));
  }

  /**
   * The State whose name (or other name) is the whole text, as printed: case, accents, punctuation
   * and a leading "the" do not count.
   */
  public static Optional<State> named(String name) {
    return Countries.standard().lookup(name.strip()).map(State::of);
  }

  /**
   * As {@link #named}; a name that PDF extraction broke with one stray space ("Bahrai n", "Be
   * larus") is found too, and one whose words it ran together ("United KingdomofGreatBritainand
   * Northern Ireland").
   */
  public static Optional<State> namedRepaired(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Optional<Country> c = Countries.standard().lookup(n);
    if (c.isEmpty() && n.indexOf(' ') > 0 && n.length() <= MAX_REPAIRED_LENGTH) {
      for (int i = n.indexOf(' '); i >= 0 && c.isEmpty(); i = n.indexOf(' ', i + 1)) {
        c = Countries.standard().lookup(n.substring(0, i) + n.substring(i + 1));
      }
    }
    if (c.isEmpty() && n.length() <= MAX_REPAIRED_LENGTH) {
      c = Countries.standard().lookupRunTogether(n);
    }
    return c.map(State::of);
  }

  /** The first State the text names, the longest name where several start at one word. */
  public static Optional<State> firstIn(String text) {
    return Countries.standard().find(text).map(m -> State.of(m.country()));
  }

  /** Every State the text names, left to right, by the rules of {@link #firstIn}. */
  public static List<CountryMention> mentionsIn(String text) {
    return Countries.standard().findAll(text);
  }

  /**
   * Every State whose adjective the text prints ("the Brazilian delegation"), left to right: not a
   * State named, but one a delegation or Government is said to be of.
   */
  public static List<CountryMention> adjectivesIn(String text) {
    return Countries.standard().findAllAdjectives(text);
  }

  /**
   * {@link #mentionsIn} and {@link #adjectivesIn} of one text, from one reading of its words (a
   * speech read for both is read once).
   */
  public static Countries.Mentions mentionsAndAdjectivesIn(String text) {
    return Countries.standard().findAllWithAdjectives(text);
  }

  /**
   * {@link #mentionsAndAdjectivesIn} of the text with the stretches of {@code blanked} (start and
   * end pairs, in order) read as spaces, as {@link Countries#findAllWithAdjectives(String, int[])}
   * reads them.
   */
  public static Countries.Mentions mentionsAndAdjectivesIn(String text, int[] blanked) {
    return Countries.standard().findAllWithAdjectives(text, blanked);
  }

  /** The State a government website speaks for, from the page's address. */
  public static Optional<State> ofSite(String url) {
    Matcher m = SITE_HOST.matcher(url.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String host = m.group(1).toLowerCase(Locale.ROOT);
    for (String[] row : Sites.ROWS) {
      if (host.equals(row[0]) || host.endsWith("." + row[0])) {
        return named(row[1]);
      }
    }
    return Optional.empty();
  }

  /**
   * The State that had the ISO 3166-1 alpha-3 code in the given year ("UKR" in 1946 is the
   * Ukrainian SSR).
   */
  public static Optional<State> ofAlpha3(String alpha3, int year) {
    return Countries.standard().byAlpha3(alpha3, year).map(State::of);
  }

  /**
   * The State as the UN named it in the given year (today when the year is unknown): a State found
   * by any name ("Turkey", "Ceylon") is named as it was on the record's date.
   */
  public static State asOf(State state, OptionalInt year) {
    Optional<Country> country = Countries.standard().lookup(state.name());
    if (country.isEmpty()) {
      return state;
    }
    Country then = Countries.standard().asOf(country.get(), year);
    return then.equals(country.get()) ? state : State.of(then);
  }

  /** The organization the text names first, by its own name. */
  public static Optional<String> organizationIn(String text) {
    return Organizations.standard().find(text).map(m -> m.organization().name());
  }

  /**
   * The organization a speaker's byline says he speaks for: the first it names other than as a
   * place ("Speech by Prime Minister X at the United Nations General Assembly" speaks for none).
   */
  public static Optional<String> organizationSpokenFor(String byline) {
    for (OrganizationMention m : Organizations.standard().findAll(byline)) {
      if (!VENUE_BEFORE.matcher(byline.substring(0, m.start())).find()) {
        return Optional.of(m.organization().name());
      }
    }
    return Optional.empty();
  }

  /** The organization the whole text names, by its own name. */
  public static Optional<String> organizationNamed(String name) {
    return Organizations.standard().lookup(name).map(Organization::name);
  }
}
