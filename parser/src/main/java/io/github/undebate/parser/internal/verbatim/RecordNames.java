package io.github.undebate.parser.internal.verbatim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country names a record itself prints in its members list and vote lists: the UN short names
 * of the record's time ("Libyan Arab Jamahiriya" in 2010, "Zaire" in 1993). A speaker label's
 * variant ("(United Kingdom)", "(Islamic Republic of Iran)") resolves to the record's own short
 * name for that country, else to the table's current one.
 */
final class RecordNames {
  private final Map<String, String> printedByTableName = new HashMap<>();

  /** Notes a name as the record prints it in a list of countries. */
  void printed(String name) {
    String clean = TextJoin.fold(name);
    // as printed only: a name repaired by ReferenceTables.country is not the record's own
    ReferenceTables.countryAsPrinted(clean)
        .ifPresent(c -> printedByTableName.putIfAbsent(c.name(), clean));
  }

  /** The country a printed name names, by the record's own short name when it prints one. */
  Optional<ReferenceTables.CountryName> resolve(String name) {
    return ReferenceTables.country(name)
        .map(
            c ->
                new ReferenceTables.CountryName(
                    printedByTableName.getOrDefault(c.name(), c.name()), c.alpha2()));
  }

  /** Whether the tables know the name as printed, without repairing it. */
  static boolean exact(String name) {
    return ReferenceTables.countryAsPrinted(name).isPresent();
  }
}
