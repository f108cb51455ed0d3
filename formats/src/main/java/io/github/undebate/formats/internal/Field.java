package io.github.undebate.formats.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a model type as every format holds it: its key (the JSON key, the XML element or
 * attribute name), what kind of value it holds, whether the JSON contract requires its key, where
 * native XML puts it, and how to take it from the model. The {@link Contract} lists them, one line
 * each; the readers and writers of both formats only interpret the list.
 *
 * @param <T> the model type the field belongs to
 */
final class Field<T> implements Step {

  /** What a field holds, which decides how each format reads and writes it. */
  enum Kind {
    /** A string that is not blank. */
    TEXT,
    /** A string, possibly empty or blank. */
    STRING,
    /** An enum constant, spelt in lower_snake_case. */
    ENUM,
    /** An {@code int}. */
    INT,
    /** A {@code long}. */
    LONG,
    /** A boolean. */
    BOOLEAN,
    /** A {@link java.time.LocalDate}, as ISO 8601. */
    DATE,
    /** A {@link java.time.LocalTime}, as ISO 8601. */
    TIME,
    /** A list of strings that are not blank. */
    TEXTS,
    /** A list of objects of another table. */
    OBJECTS,
    /** One object of another table. */
    OBJECT
  }

  /** Where native XML puts the field. */
  enum Place {
    /** An attribute of the object's element. */
    ATTRIBUTE,
    /** A child element; a list is a wrapper element around one element per item. */
    ELEMENT,
    /** One child element per item of a list, without a wrapper. */
    REPEATED,
    /** The text of the object's element itself. */
    CONTENT
  }

  final String name;
  final Kind kind;
  final boolean optional;
  final boolean added;

  /** Whether JSON leaves the key out when the list is empty ({@link #leftOutWhenEmpty}). */
  final boolean leftOut;

  final Place place;

  /** The XML element name of one item of a list. */
  final String item;

  final Class<? extends Enum<?>> enumType;

  /** The table of the objects of an {@link Kind#OBJECTS} or {@link Kind#OBJECT} field. */
  final Table<?> table;

  /**
   * The field after which native XML puts this one, when not where the contract's order puts it.
   */
  final String xmlAfter;

  private final Function<T, ?> get;

  private Field(
      String name,
      Kind kind,
      boolean optional,
      boolean added,
      boolean leftOut,
      Place place,
      String item,
      Class<? extends Enum<?>> enumType,
      Table<?> table,
      String xmlAfter,
      Function<T, ?> get) {
    this.name = name;
    this.kind = kind;
    this.optional = optional;
    this.added = added;
    this.leftOut = leftOut;
    this.place = place;
    this.item = item;
    this.enumType = enumType;
    this.table = table;
    this.xmlAfter = xmlAfter;
    this.get = get;
  }

  private Field(String name, Kind kind, boolean optional, Function<T, ?> get) {
    this(name, kind, optional, false, false, Place.ELEMENT, null, null, null, null, get);
  }

  // ---- the kinds of field, as the contract lists them ----

  /** A string that is not blank; its key is required. */
  static <T> Field<T> text(String name, Function<T, String> get) {
    return new Field<>(name, Kind.TEXT, false, get);
  }

  /** A string that is not blank, or absent ({@code null} in JSON, no element in XML). */
  static <T> Field<T> optionalText(String name, Function<T, Optional<String>> get) {
    return new Field<T>(name, Kind.TEXT, true, m -> get.apply(m).orElse(null));
  }

  /** A string that may be empty or blank. */
  static <T> Field<T> string(String name, Function<T, String> get) {
    return new Field<>(name, Kind.STRING, false, get);
  }

  /** An enum constant. */
  static <T, E extends Enum<E>> Field<T> enumeration(
      String name, Class<E> type, Function<T, E> get) {
    return new Field<>(
        name, Kind.ENUM, false, false, false, Place.ELEMENT, null, type, null, null, get);
  }

  /** An enum constant, or absent. */
  static <T, E extends Enum<E>> Field<T> optionalEnumeration(
      String name, Class<E> type, Function<T, Optional<E>> get) {
    Function<T, E> value = m -> get.apply(m).orElse(null);
    return new Field<>(
        name, Kind.ENUM, true, false, false, Place.ELEMENT, null, type, null, null, value);
  }

  /** An {@code int}; {@code get} gives {@code null} for an absent value of an optional one. */
  static <T> Field<T> integer(String name, Function<T, Integer> get) {
    return new Field<>(name, Kind.INT, false, get);
  }

  /** A {@code long}, such as a length in bytes. */
  static <T> Field<T> longInteger(String name, Function<T, Long> get) {
    return new Field<>(name, Kind.LONG, false, get);
  }

  /** A boolean. */
  static <T> Field<T> bool(String name, Function<T, Boolean> get) {
    return new Field<>(name, Kind.BOOLEAN, false, get);
  }

  /** An ISO date, or absent. */
  static <T> Field<T> date(String name, Function<T, Optional<?>> get) {
    return new Field<T>(name, Kind.DATE, true, m -> get.apply(m).orElse(null));
  }

  /** An ISO time, or absent. */
  static <T> Field<T> time(String name, Function<T, Optional<?>> get) {
    return new Field<T>(name, Kind.TIME, true, m -> get.apply(m).orElse(null));
  }

  /** A list of strings that are not blank; in XML a wrapper element with one {@code item} each. */
  static <T> Field<T> texts(String name, String item, Function<T, List<String>> get) {
    return new Field<>(
        name, Kind.TEXTS, false, false, false, Place.ELEMENT, item, null, null, null, get);
  }

  /** A list of objects; in XML a wrapper element with one {@code item} element each. */
  static <T, V> Field<T> objects(
      String name, String item, Table<V> table, Function<T, List<V>> get) {
    return new Field<>(
        name, Kind.OBJECTS, false, false, false, Place.ELEMENT, item, null, table, null, get);
  }

  /** One object of another table, or absent ({@code null} in JSON, no element in XML). */
  static <T, V> Field<T> optionalObject(String name, Table<V> table, Function<T, Optional<V>> get) {
    Function<T, V> value = m -> get.apply(m).orElse(null);
    return new Field<>(
        name, Kind.OBJECT, true, false, false, Place.ELEMENT, null, null, table, null, value);
  }

  // ---- how a field departs from the defaults ----

  /**
   * A key this project added to the contract's example: a JSON document may leave it out, which
   * reads as absent, empty or {@code false}.
   */
  Field<T> added() {
    return new Field<>(
        name, kind, optional, true, leftOut, place, item, enumType, table, xmlAfter, get);
  }

  /**
   * A list this project added to the contract that JSON writes only when it holds something: the
   * outputs of records that have none stay as they were before the key was added. Reading takes a
   * missing key as an empty list.
   */
  Field<T> leftOutWhenEmpty() {
    return new Field<>(
        name, kind, optional, true, true, place, item, enumType, table, xmlAfter, get);
  }

  /** Absent when {@code get} gives {@code null}: {@code null} in JSON, left out in XML. */
  Field<T> orNull() {
    return new Field<>(
        name, kind, true, added, leftOut, place, item, enumType, table, xmlAfter, get);
  }

  /** In XML an attribute of the object's element. */
  Field<T> attribute() {
    return placed(Place.ATTRIBUTE, item);
  }

  /** In XML the text of the object's element itself. */
  Field<T> content() {
    return placed(Place.CONTENT, item);
  }

  /** In XML one {@code item} element per item of the list, without a wrapper element. */
  Field<T> repeated() {
    return placed(Place.REPEATED, item);
  }

  /** In XML right after the element of the field {@code other}. */
  Field<T> xmlAfter(String other) {
    return new Field<>(
        name, kind, optional, added, leftOut, place, item, enumType, table, other, get);
  }

  private Field<T> placed(Place where, String itemName) {
    return new Field<>(
        name, kind, optional, added, leftOut, where, itemName, enumType, table, xmlAfter, get);
  }

  // ---- use ----

  /** The field's value in {@code model}: {@code null} when absent, never an {@code Optional}. */
  Object get(T model) {
    return get.apply(model);
  }

  /** Whether the field is a list. */
  boolean isList() {
    return kind == Kind.TEXTS || kind == Kind.OBJECTS;
  }

  /** The XML element names this field takes as a child of its object's element. */
  String xmlName() {
    return place == Place.REPEATED ? item : name;
  }

  @Override
  public String toString() {
    return name;
  }
}
