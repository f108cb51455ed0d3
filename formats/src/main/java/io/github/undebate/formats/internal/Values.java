package io.github.undebate.formats.internal;

import java.util.Set;

/**
 * The values read for one object, by field of its {@link Table}, checked as each format reads them:
 * what {@link Check}s read and what a table builds its model value from. {@code null} stands for an
 * absent value.
 */
final class Values {
  private final Table<?> table;
  private final Object[] values;
  private final Values parent;
  private final Set<String> ids;
  private final String absent;

  /**
   * @param parent the values of the enclosing object, or {@code null} for the document's
   * @param ids the speaker ids read so far in the document, shared by all its objects
   * @param absent how the format calls a value that is not there, for messages ("null")
   */
  Values(Table<?> table, Values parent, Set<String> ids, String absent) {
    this(table, new Object[table.fields.size()], parent, ids, absent);
  }

  /** Values kept in {@code values}, one per field of the table, which this object now owns. */
  Values(Table<?> table, Object[] values, Values parent, Set<String> ids, String absent) {
    this.table = table;
    this.values = values;
    this.parent = parent;
    this.ids = ids;
    this.absent = absent;
  }

  /** The value of the field, {@code null} when absent or not read. */
  @SuppressWarnings("unchecked") // the contract's build functions and checks know each field's type
  <V> V get(String field) {
    int i = table.indexOf(field);
    if (i < 0) {
      throw new IllegalArgumentException(table + " has no field " + field);
    }
    return (V) values[i];
  }

  /** Sets the value of the field at {@code index} in the table's fields. */
  void set(int index, Object value) {
    values[index] = value;
  }

  /** The value at {@code index} in the table's fields. */
  Object at(int index) {
    return values[index];
  }

  /** The values of the enclosing object. */
  Values parent() {
    return parent;
  }

  /** The speaker ids of the document read so far. */
  Set<String> ids() {
    return ids;
  }

  /** How the format calls an absent value: {@code null} in JSON, {@code missing} in XML. */
  String absent() {
    return absent;
  }

  /** A problem with the value of {@code field}, to throw. */
  Problem problem(String field, String message) {
    return new Problem(field, message);
  }
}
