package io.github.undebate.parser.internal.statement;

import io.github.undebate.parser.internal.common.Countries;
import io.github.undebate.parser.internal.common.Country;
import io.github.undebate.parser.internal.common.CountryMention;
import io.github.undebate.parser.internal.common.Organizations;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statement reader's view of the shared country and organisation tables ({@link Countries},
 * {@link Organizations}): a State or organisation named in a byline, a letterhead or a speech.
 */
final class Nations {
  /** A speech names its own country this many times more often than the next one, at least. */
  private static final double DOMINANCE = 2.0;

  /** A speech names its own State at least this often before the count is trusted. */
  private static final int MIN_MENTIONS = 3;

  private Nations() {}

  /** A State: its UN short name and ISO 3166-1 alpha-2 code (empty when ISO gave none). */
  record State(String name, String code) {
    /** The code, when ISO assigned one. */
    Optional<String> isoCode() {
      return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }
  }

  /** The State a row of the country table names. */
  static State state(Country c) {
    return new State(c.name(), c.alpha2());
  }

  /** The State whose name (or a variant of it) is the whole text. */
  static Optional<State> lookup(String name) {
    return Countries.standard().lookup(name.strip()).map(Nations::state);
  }

  /** The first State the text names, longest mention first. */
  static Optional<State> find(String text) {
    return Countries.standard().find(text).map(m -> state(m.country()));
  }

  /**
   * The State a speech names most often, when it clearly leads: a General Debate speech names its
   * own country far more than any other.
   */
  static Optional<State> dominant(String text) {
    Map<Country, Integer> counts = new LinkedHashMap<>();
    for (CountryMention m : Countries.standard().findAll(text)) {
      counts.merge(m.country(), 1, Integer::sum);
    }
    List<Map.Entry<Country, Integer>> ranked =
        counts.entrySet().stream()
            .sorted(Map.Entry.<Country, Integer>comparingByValue(Comparator.reverseOrder()))
            .toList();
    if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_MENTIONS) {
      return Optional.empty();
    }
    int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    if (ranked.get(0).getValue() < second * DOMINANCE) {
      return Optional.empty();
    }
    return Optional.of(state(ranked.get(0).getKey()));
  }

  /** The organisation the text names first, if any. */
  static Optional<String> organization(String text) {
    return Organizations.standard().find(text).map(m -> m.organization().name());
  }
}
