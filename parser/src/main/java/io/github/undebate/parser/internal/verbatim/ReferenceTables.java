package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import io.github.undebate.parser.internal.common.Countries;
import io.github.undebate.parser.internal.common.Country;
import io.github.undebate.parser.internal.common.Honorifics;
import io.github.undebate.parser.internal.common.Languages;
import io.github.undebate.parser.internal.common.Organizations;
import io.github.undebate.parser.internal.common.Organs;
import java.util.Optional;

/**
 * The shared reference tables ({@code internal.common}) as the verbatim reader uses them:
 * countries, organisations, honorifics, languages and organs. One place, so that the reader's rules
 * do not depend on how the tables are kept.
 */
final class ReferenceTables {
  private ReferenceTables() {}

  /** A country as the tables know it: UN short name and ISO alpha-2 code (null when none). */
  record CountryName(String name, String alpha2) {}

  /**
   * The country that {@code name} names, as a UN short name. A name that PDF extraction broke with
   * one stray space ("Bahrai n", "Be larus") is found too.
   */
  static Optional<CountryName> country(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Optional<Country> c = Countries.standard().lookup(n);
    if (c.isEmpty() && n.indexOf(' ') > 0 && n.length() <= 60) {
      for (int i = n.indexOf(' '); i >= 0 && c.isEmpty(); i = n.indexOf(' ', i + 1)) {
        c = Countries.standard().lookup(n.substring(0, i) + n.substring(i + 1));
      }
    }
    return c.map(x -> new CountryName(x.name(), x.alpha2().isEmpty() ? null : x.alpha2()));
  }

  /** The country that {@code name} names as printed, without repairing broken spaces. */
  static Optional<CountryName> countryAsPrinted(String name) {
    return Countries.standard()
        .lookup(name.strip())
        .map(x -> new CountryName(x.name(), x.alpha2().isEmpty() ? null : x.alpha2()));
  }

  /** The first country named inside {@code text} ("Observer for the State of Palestine"). */
  static Optional<CountryName> countryIn(String text) {
    return Countries.standard()
        .find(text)
        .map(
            m ->
                new CountryName(
                    m.country().name(),
                    m.country().alpha2().isEmpty() ? null : m.country().alpha2()));
  }

  /** The organisation named in {@code text}, if any, by its own name. */
  static Optional<String> organization(String text) {
    return Organizations.standard().find(text).map(m -> m.organization().name());
  }

  /** The organisation that {@code name} names as a whole, if any. */
  static Optional<String> organizationNamed(String name) {
    return Organizations.standard().lookup(name).map(o -> o.name());
  }

  /** The honorific that {@code text} starts with ("Mr.", "Sir", "His Excellency"), if any. */
  static Optional<String> honorific(String text) {
    return Honorifics.standard().leading(text);
  }

  /** As {@link #honorific(String)} of {@code text.substring(from)}, without the copy. */
  static Optional<String> honorific(String text, int from) {
    return Honorifics.standard().leading(text, from);
  }

  /** The ISO 639-1 code of a language named in English ("Russian" gives "ru"). */
  static Optional<String> language(String name) {
    return Languages.standard().code(name);
  }

  /** The organ named in {@code text}, if any. */
  static Optional<Body> organ(String text) {
    return Organs.standard().find(text);
  }
}
