package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * Streams the model into the JSON contract {@code undebate/1} as the {@link Contract}'s tables list
 * it: keys in the contract's order, {@code null} for an absent value, {@code []} for an empty list
 * (a list the table leaves out when empty, such as a statement's interpretations, not at all), enum
 * constants in lower_snake_case.
 */
public final class JsonWriting {
  private JsonWriting() {}

  /**
   * The constants of each enum that the formats spell, with their spellings in the same order:
   * worked out once per enum rather than once per value written or read.
   */
  private static final ClassValue<Spellings> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected Spellings computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return new Spellings(constants, names);
        }
      };

  /** An enum's constants and their spellings, by ordinal; never changed once made. */
  private static final class Spellings {
    private final Object[] constants;
    private final String[] names;

    Spellings(Object[] constants, String[] names) {
      this.constants = constants;
      this.names = names;
    }
  }

  /** The lower_snake_case spelling of an enum constant, as the contract writes it. */
  public static String name(Enum<?> value) {
    return SPELLINGS.get(value.getDeclaringClass()).names[value.ordinal()];
  }

  /** The constant of the enum {@code type} spelt so, or {@code null}. */
  static Object constant(String spelling, Class<?> type) {
    Spellings s = SPELLINGS.get(type);
    for (int i = 0; i < s.names.length; i++) {
      if (s.names[i].equals(spelling)) {
        return s.constants[i];
      }
    }
    return null;
  }

  /**
   * About how many characters the debate's JSON takes, so that a buffer for it can be made once:
   * the text the model holds plus an allowance per key for its quotes and (when {@code pretty})
   * indentation. Only a hint: a buffer that is too small grows.
   */
  public static int lengthHint(Debate d, boolean pretty) {
    long[] size = new long[2]; // characters of text, keys and values
    measure(Contract.DEBATE, d, size);
    // Aimed an eighth over, so that the buffer rarely has to grow; text/32 for escapes.
    long hint = (size[0] + size[0] / 32 + size[1] * (pretty ? 18 : 8)) * 9 / 8;
    return (int) Math.min(hint, Integer.MAX_VALUE - 16);
  }

  private static void measure(Table<?> table, Object value, long[] size) {
    Table<?> t = table.isUnion() ? table.variantOf(value) : table;
    for (Field<?> f : t.fieldArray) {
      Object v = t.get(f, value);
      size[1]++;
      size[0] += f.name.length();
      if (v instanceof String s) {
        size[0] += s.length();
      } else if (f.kind == Field.Kind.OBJECT && v != null) {
        measure(f.table, v, size);
      } else if (v instanceof List<?> list) {
        for (Object item : list) {
          size[1]++;
          if (item instanceof String s) {
            size[0] += s.length();
          } else {
            measure(f.table, item, size);
          }
        }
      }
    }
  }

  /** Writes one debate as a whole JSON document. */
  public static void debate(JsonGenerator g, Debate d) {
    object(g, Contract.DEBATE, d);
  }

  /** Writes the value, an object of the table, as a JSON object. */
  static void object(JsonGenerator g, Table<?> table, Object value) {
    g.writeStartObject();
    Table<?> t = table;
    if (table.isUnion()) {
      t = table.variantOf(value);
      g.writeStringProperty(Table.VARIANT_KEY, t.name);
    }
    for (Field<?> f : t.fieldArray) {
      Object v = t.get(f, value);
      if (f.leftOut && ((List<?>) v).isEmpty()) {
        continue;
      }
      g.writeName(f.name);
      value(g, f, v);
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Field<?> f, Object v) {
    if (v == null) {
      g.writeNull();
      return;
    }
    switch (f.kind) {
      case TEXT, STRING -> g.writeString((String) v);
      case ENUM -> g.writeString(name((Enum<?>) v));
      case INT -> g.writeNumber((Integer) v);
      case LONG -> g.writeNumber((Long) v);
      case BOOLEAN -> g.writeBoolean((Boolean) v);
      case DATE, TIME -> g.writeString(v.toString());
      case OBJECT -> object(g, f.table, v);
      case TEXTS -> {
        List<?> list = (List<?>) v;
        g.writeStartArray();
        for (int i = 0; i < list.size(); i++) {
          g.writeString((String) list.get(i));
        }
        g.writeEndArray();
      }
      case OBJECTS -> {
        List<?> list = (List<?>) v;
        g.writeStartArray();
        for (int i = 0; i < list.size(); i++) {
          object(g, f.table, list.get(i));
        }
        g.writeEndArray();
      }
    }
  }
}
