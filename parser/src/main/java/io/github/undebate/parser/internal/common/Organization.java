package io.github.undebate.parser.internal.common;

import java.util.List;
import java.util.Objects;

/**
 * An international organization as UN records name it.
 *
 * @param name the name the organization and the UN print, e.g. "European Union"
 * @param otherNames other names and abbreviations, e.g. "EU"
 */
public record Organization(String name, List<String> otherNames) {
  /** Checks the fields and copies the list. */
  public Organization {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    otherNames = List.copyOf(otherNames);
  }

  /** The name, as it reads in messages. */
  @Override
  public String toString() {
    return name;
  }
}
