package io.github.undebate.parser.internal.common;

import java.util.Objects;

/**
 * An organization named in a text.
 *
 * @param organization the organization
 * @param start offset of the first character of the name in the text
 * @param end offset just after the name
 */
public record OrganizationMention(Organization organization, int start, int end) {
  /** Checks the fields. */
  public OrganizationMention {
    Objects.requireNonNull(organization, "organization");
    if (start < 0 || start > end) {
      throw new IllegalArgumentException(
          "start must be >= 0 and <= end, was " + start + " > " + end);
    }
  }
}
