package io.github.undebate.parser.internal.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A State as a speaker's or a vote's country: the UN short name (as the table gives it, or as the
 * record itself prints it) and its ISO 3166-1 alpha-2 code when ISO assigned one.
 *
 * @param name the UN short name, e.g. "Iran (Islamic Republic of)"
 * @param code the ISO 3166-1 alpha-2 code (a withdrawn one, "SU", for a former State); empty when
 *     ISO never assigned one (States gone before 1974, e.g. Tanganyika)
 */
public record State(String name, Optional<String> code) {
  /** Checks the fields. */
  public State {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  // equals and hashCode written out, as in Country: a record's own are linked through method
  // handles on their first call, which costs milliseconds in every cold parse

  @Override
  public boolean equals(Object o) {
    return o instanceof State s && name.equals(s.name) && code.equals(s.code);
  }

  @Override
  public int hashCode() {
    // the value the record's own gives, so that no hash order changes
    return 31 * name.hashCode() + code.hashCode();
  }

  /** The State a row of the country table names. */
  public static State of(Country country) {
    return new State(
        country.name(),
        country.alpha2().isEmpty() ? Optional.empty() : Optional.of(country.alpha2()));
  }

  /** The same State under the name a record prints for it ("Zaire" in 1993). */
  public State printedAs(String printedName) {
    return new State(printedName, code);
  }

  /** The code, or null when there is none: for builders that take a nullable code. */
  public String codeOrNull() {
    return code.orElse(null);
  }
}
