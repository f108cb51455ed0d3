package io.github.undebate.formats.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The field table of one model type: its fields in the contract's key order, the checks between
 * them, and how to build the model value from the values read. A union (a proceeding) has no fields
 * of its own but one table per variant, told apart by the JSON key {@code type} and by the XML
 * element name.
 *
 * @param <T> the model type
 */
final class Table<T> {
  /** The JSON key that names a union's variant. */
  static final String VARIANT_KEY = "type";

  /** The name of an object of this table: its XML element, and a union variant's {@code type}. */
  final String name;

  final Class<T> type;
  final List<Step> steps;
  final List<Field<T>> fields;

  /** {@link #fields} and {@link #steps} as arrays, for the writers' and readers' inner loops. */
  final Field<?>[] fieldArray;

  final Step[] stepArray;
  final List<Table<? extends T>> variants;

  /** The names of a union's variants, in order. */
  final List<String> variantList;

  /** The XML attributes, in table order. */
  final List<Field<T>> attributes;

  /** The XML child elements, in the order native XML writes and expects them. */
  final List<Field<T>> elements;

  /** The element names of {@link #elements}, as XML reading lists them in messages. */
  final List<String> elementNames;

  /** The attribute names, for XML reading to refuse any other. */
  final Set<String> attributeNames;

  /** The field whose XML element is the object's element itself, or {@code null}. */
  final Field<T> content;

  private final Function<Values, T> build;
  private final Map<String, Integer> index = new HashMap<>();

  private Table(
      String name,
      Class<T> type,
      List<Step> steps,
      Function<Values, T> build,
      List<Table<? extends T>> variants) {
    this.name = name;
    this.type = type;
    this.steps = List.copyOf(steps);
    this.build = build;
    this.variants = List.copyOf(variants);
    List<String> variantNames = new ArrayList<>();
    for (Table<? extends T> v : variants) {
      variantNames.add(v.name);
    }
    this.variantList = List.copyOf(variantNames);
    List<Field<T>> all = new ArrayList<>();
    List<Field<T>> inAttributes = new ArrayList<>();
    Field<T> text = null;
    for (Step s : steps) {
      if (s instanceof Field<?> f) {
        @SuppressWarnings("unchecked") // every field of a table's steps is of its type
        Field<T> field = (Field<T>) f;
        index.put(field.name, all.size());
        all.add(field);
        if (field.place == Field.Place.ATTRIBUTE) {
          inAttributes.add(field);
        } else if (field.place == Field.Place.CONTENT) {
          text = field;
        }
      }
    }
    this.fields = List.copyOf(all);
    this.fieldArray = all.toArray(new Field<?>[0]);
    this.stepArray = steps.toArray(new Step[0]);
    this.attributes = List.copyOf(inAttributes);
    this.content = text;
    this.elements = List.copyOf(xmlOrder(all));
    List<String> names = new ArrayList<>();
    for (Field<T> f : elements) {
      names.add(f.xmlName());
    }
    this.elementNames = List.copyOf(names);
    Set<String> attributeSet = new HashSet<>();
    for (Field<T> f : attributes) {
      attributeSet.add(f.name);
    }
    this.attributeNames = Collections.unmodifiableSet(attributeSet);
  }

  /** A table of the given fields and checks, in the contract's order. */
  static <T> Table<T> of(String name, Class<T> type, Function<Values, T> build, Step... steps) {
    return new Table<>(name, type, List.of(steps), build, List.of());
  }

  /** A union of the given variants. */
  static <T> Table<T> union(String name, Class<T> type, List<Table<? extends T>> variants) {
    return new Table<>(name, type, List.of(), values -> null, variants);
  }

  /** The child elements in the contract's order, each moved after its {@code xmlAfter} field. */
  private static <T> List<Field<T>> xmlOrder(List<Field<T>> all) {
    List<Field<T>> order = new ArrayList<>();
    for (Field<T> f : all) {
      if (f.place != Field.Place.ATTRIBUTE
          && f.place != Field.Place.CONTENT
          && f.xmlAfter == null) {
        order.add(f);
      }
    }
    for (Field<T> f : all) {
      if (f.xmlAfter != null) {
        int after = -1;
        for (int i = 0; i < order.size(); i++) {
          if (order.get(i).name.equals(f.xmlAfter)) {
            after = i;
          }
        }
        if (after < 0) {
          throw new IllegalStateException(f.name + " follows an unknown field " + f.xmlAfter);
        }
        order.add(after + 1, f);
      }
    }
    return order;
  }

  /** Whether this is a union of variants. */
  boolean isUnion() {
    return !variants.isEmpty();
  }

  /** The index of the field among {@link #fields}, or -1. */
  int indexOf(String field) {
    // The contract names a field by the same literal as its line, so this finds it at once.
    Field<?>[] all = fieldArray;
    for (int i = 0; i < all.length; i++) {
      if (all[i].name == field) {
        return i;
      }
    }
    Integer i = index.get(field);
    return i == null ? -1 : i;
  }

  /** The variant of a union that writes {@code value}. */
  Table<? extends T> variantOf(Object value) {
    for (Table<? extends T> v : variants) {
      if (v.type == value.getClass()) {
        return v;
      }
    }
    throw new IllegalArgumentException("no variant of " + name + " for " + value.getClass());
  }

  /** The variant of a union named so, or {@code null}. */
  Table<? extends T> variant(String variantName) {
    for (Table<? extends T> v : variants) {
      if (v.name.equals(variantName)) {
        return v;
      }
    }
    return null;
  }

  /** The names of a union's variants, joined as messages list them. */
  String variantNames() {
    return String.join(", ", variantList);
  }

  /** Every field of the table, or of a union's variants (first seen first), by name. */
  Map<String, Field<?>> keys() {
    Map<String, Field<?>> keys = new LinkedHashMap<>();
    for (Field<T> f : fields) {
      keys.put(f.name, f);
    }
    for (Table<? extends T> v : variants) {
      for (Field<?> f : v.fields) {
        keys.putIfAbsent(f.name, f);
      }
    }
    return keys;
  }

  /** Builds the model value from the values read; a model rule broken names the object. */
  T build(Values values, Object at) {
    try {
      return build.apply(values);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ModelValues.invalid(e, at);
    }
  }

  /** The value of a field of {@code model}, which is of this table's type. */
  @SuppressWarnings("unchecked") // the callers pass a model value of the table's type
  Object get(Field<?> field, Object model) {
    return ((Field<Object>) field).get(model);
  }

  @Override
  public String toString() {
    return name;
  }
}
