package io.github.undebate.core;

/**
 * A member of the organ as listed in a verbatim record's header, such as "Belgium ... Mr. Pecsteen
 * de Buytswerve".
 *
 * @param country the member State's UN short name, as printed in the list
 * @param representative the representative as printed, with honorific
 */
public record Member(String country, String representative) {

  /** Validates that neither field is blank. */
  public Member {
    Check.notBlank(country, "country");
    Check.notBlank(representative, "representative");
  }
}
