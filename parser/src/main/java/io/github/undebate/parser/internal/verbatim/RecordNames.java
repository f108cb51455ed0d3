package io.github.undebate.parser.internal.verbatim;

import io.github.undebate.parser.internal.common.Nations;
import io.github.undebate.parser.internal.common.State;
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

  /** The tables' answer for each name looked up: the lists print the same names vote after vote. */
  private final Map<String, Optional<State>> named = new HashMap<>();

  /** Notes a name as the record prints it in a list of countries. */
  void printed(String name) {
    String clean = TextJoin.fold(name);
    // as printed only: a name repaired by Nations.namedRepaired is not the record's own
    named(clean).ifPresent(c -> printedByTableName.putIfAbsent(c.name(), clean));
  }

  /** The country a printed name names, by the record's own short name when it prints one. */
  Optional<State> resolve(String name) {
    return Nations.namedRepaired(name)
        .map(c -> c.printedAs(printedByTableName.getOrDefault(c.name(), c.name())));
  }

  /** Whether the tables know the name as printed, without repairing it. */
  boolean exact(String name) {
    return named(name).isPresent();
  }

  private Optional<State> named(String name) {
    return named.computeIfAbsent(name, Nations::named);
  }
}
