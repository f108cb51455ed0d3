package io.github.undebate.parser.internal.common;

import java.util.Objects;

/**
 * A country named in a text.
 *
 * @param country the country
 * @param start offset of the first character of the name in the text
 * @param end offset just after the name
 */
public record CountryMention(Country country, int start, int end) {
  /** Checks the fields. */
  public CountryMention {
    Objects.requireNonNull(country, "country");
    if (start < 0 || start > end) {
      throw new IllegalArgumentException(
          "start must be >= 0 and <= end, was " + start + " > " + end);
    }
  }
}
