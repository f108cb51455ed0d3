package io.github.undebate.parser.internal.common;

import java.util.Objects;

/**
 * A country as United Nations records name it.
 *
 * @param name the UN short name as printed in records, e.g. "Iran (Islamic Republic of)"
 * @param alpha2 the ISO 3166-1 alpha-2 code, for a former country the withdrawn code ("SU"); empty
 *     when ISO never assigned one (States gone before 1974, e.g. Tanganyika)
 * @param alpha3 the ISO 3166-1 alpha-3 code, by the same rule
 * @param historical a former Member State or a former name kept for old records
 */
public record Country(String name, String alpha2, String alpha3, boolean historical) {
  /** Checks the fields. */
  public Country {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(alpha3, "alpha3");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (!alpha2.isEmpty() && !ResourceTable.isCode(alpha2, false, 2, 2)) {
      throw new IllegalArgumentException("alpha2 must be two capital letters, was " + alpha2);
    }
    if (!alpha3.isEmpty() && !ResourceTable.isCode(alpha3, false, 3, 3)) {
      throw new IllegalArgumentException("alpha3 must be three capital letters, was " + alpha3);
    }
  }

  // equals and hashCode written out: a record's own are linked through method handles on their
  // first call, which costs milliseconds while the country table is built at start-up

  @Override
  public boolean equals(Object o) {
    return o instanceof Country c
        && name.equals(c.name)
        && alpha2.equals(c.alpha2)
        && alpha3.equals(c.alpha3)
        && historical == c.historical;
  }

  @Override
  public int hashCode() {
    // the value the record's own gives, so that no hash order changes
    int hash = name.hashCode();
    hash = 31 * hash + alpha2.hashCode();
    hash = 31 * hash + alpha3.hashCode();
    return 31 * hash + Boolean.hashCode(historical);
  }

  /** The name, as it reads in messages. */
  @Override
  public String toString() {
    return name;
  }
}
