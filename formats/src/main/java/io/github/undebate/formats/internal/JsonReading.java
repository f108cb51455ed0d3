package io.github.undebate.formats.internal;

import static io.github.undebate.formats.internal.JsonValues.booleanOrNode;
import static io.github.undebate.formats.internal.JsonValues.constant;
import static io.github.undebate.formats.internal.JsonValues.intOrNode;
import static io.github.undebate.formats.internal.JsonValues.integer;
import static io.github.undebate.formats.internal.JsonValues.isNull;
import static io.github.undebate.formats.internal.JsonValues.longInteger;
import static io.github.undebate.formats.internal.JsonValues.longOrNode;
import static io.github.undebate.formats.internal.JsonValues.node;
import static io.github.undebate.formats.internal.JsonValues.optionalText;
import static io.github.undebate.formats.internal.JsonValues.required;
import static io.github.undebate.formats.internal.JsonValues.requiredText;
import static io.github.undebate.formats.internal.JsonValues.string;
import static io.github.undebate.formats.internal.JsonValues.stringOrNode;
import static io.github.undebate.formats.internal.JsonValues.text;
import static io.github.undebate.formats.internal.JsonValues.wrongType;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateFormatException;
import io.github.undebate.formats.internal.JsonValues.At;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.util.ClassUtil;

/**
 * Reads a JSON document in the contract {@code undebate/1} from Jackson's token stream into a
 * {@link Debate}, as the {@link Contract}'s tables describe it, checking every value so that a
 * failure names the JSONPath of the offending value.
 *
 * <p>Keys of the contract must be present (with {@code null} where a value is absent); the keys the
 * tables mark as added may be missing, which reads as absent or empty. Unknown keys are ignored,
 * since the contract allows fields to be added; their values are still read (as a tree), so the
 * parser's limits apply to them as to everything else.
 *
 * <p>Two passes: the whole document is read first, each object into its values by key, and only
 * then checked, object by object in the tables' order of fields, whatever the document's order of
 * keys. So a document with several faults reports the same one whatever the order of its keys, a
 * document that is not well-formed JSON always reports that first, and a statement may name a
 * speaker whom the document lists after it. A value of an unexpected type is read as a {@link
 * JsonNode}, only to describe it in the message.
 */
public final class JsonReading {
  private JsonReading() {}

  /** The message Jackson's own {@code FAIL_ON_TRAILING_TOKENS} gives, so that both read alike. */
  private static final String TRAILING_TOKEN =
      "Trailing token (`JsonToken.%s`) found after value (bound as %s): not allowed as per"
          + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`";

  /**
   * Reads a whole document from a parser that has not yet read a token, up to the document's end.
   *
   * @throws DebateFormatException if the document is empty or not a valid debate
   * @throws tools.jackson.core.JacksonException if it is not well-formed JSON, has content after
   *     the debate, or breaches one of the parser's limits
   * @throws DuplicateKey if a key repeats in an object and the parser did not report it first (it
   *     does with {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}); a caller that reads
   *     without that feature, because it costs, reads again with it for the exact failure
   */
  public static Debate debate(JsonParser p) {
    return read(p, Contract.DEBATE);
  }

  /** Reads a whole document holding one object of the table: see {@link #debate}. */
  static <T> T read(JsonParser p, Table<T> table) {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new DebateFormatException(DebateFormatException.ROOT, "the document is empty");
    }
    if (first != JsonToken.START_OBJECT) {
      JsonNode root = node(p);
      endOfDocument(p);
      throw wrongType(root, At.ROOT, null, "an object");
    }
    Raw root = object(p, At.ROOT, JsonLayout.of(table));
    endOfDocument(p);
    return check(root, table, null, new HashSet<>());
  }

  private static void endOfDocument(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t != null) {
      throw MismatchedInputException.from(
          p, JsonNode.class, TRAILING_TOKEN.formatted(t, ClassUtil.nameOf(JsonNode.class)));
    }
  }

  /**
   * Thrown on a key that repeats in its object, when the parser does not report it itself: see
   * {@link #debate(JsonParser)}.
   */
  public static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateKey() {
      super("a key repeats in its object", null, false, false);
    }
  }

  // ---- the first pass: reading ----

  /** An object as read: its values by slot, or what stood where the object belongs. */
  private static final class Raw {
    final At at;
    final JsonLayout layout;
    final Object[] values;
    JsonNode notObject;

    Raw(At at, JsonLayout layout) {
      this.at = at;
      this.layout = layout;
      this.values = new Object[layout.fields.length];
    }
  }

  /** An array as read: its elements, or what stood where the array belongs. */
  private static final class Items {
    /** The elements as read; {@code null} while there are none. */
    List<Object> values;

    JsonNode notArray;
  }

  /** An empty array's: shared, since nothing changes an {@link Items} once it is read. */
  private static final Items NO_ITEMS = new Items();

  /** Reads the object at the parser's token, whatever is wrong with its values. */
  private static Raw object(JsonParser p, At at, JsonLayout layout) {
    Raw raw = new Raw(at, layout);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      raw.notObject = node(p);
      return raw;
    }
    Set<String> unknown = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      int slot = layout.slot(key);
      if (slot < 0) {
        unknown = unknownKey(p, key, unknown);
      } else {
        if (raw.values[slot] != null) {
          throw new DuplicateKey();
        }
        raw.values[slot] = value(p, layout, slot, at);
      }
    }
    return raw;
  }

  private static Object value(JsonParser p, JsonLayout layout, int slot, At at) {
    Field<?> f = layout.fields[slot];
    if (f == null) {
      return stringOrNode(p); // a union's variant key
    }
    switch (f.kind) {
      case INT:
        return intOrNode(p);
      case LONG:
        return longOrNode(p);
      case BOOLEAN:
        return booleanOrNode(p);
      case TEXTS:
        return items(p, at, f, null);
      case OBJECTS:
        return items(p, at, f, layout.child(slot));
      case OBJECT:
        return p.currentToken() == JsonToken.START_OBJECT
            ? object(p, at.child(f.name), layout.child(slot))
            : node(p);
      default:
        return stringOrNode(p);
    }
  }

  private static Items items(JsonParser p, At parent, Field<?> f, JsonLayout elements) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Items items = new Items();
      items.notArray = node(p);
      return items;
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return NO_ITEMS;
    }
    Items items = new Items();
    items.values = new ArrayList<>();
    for (int i = 0; t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), i++) {
      items.values.add(
          elements == null ? stringOrNode(p) : object(p, new At(parent, f.name, i), elements));
    }
    return items;
  }

  /** Reads the value of a key the contract does not know; returns the object's unknown keys. */
  private static Set<String> unknownKey(JsonParser p, String key, Set<String> unknown) {
    Set<String> keys = unknown == null ? new HashSet<>() : unknown;
    if (!keys.add(key)) {
      throw new DuplicateKey();
    }
    node(p);
    return keys;
  }

  // ---- the second pass: checking ----

  /** The model value of an object as read, checked field by field in its table's order. */
  private static <T> T check(Raw raw, Table<T> table, Values parent, Set<String> ids) {
    At at = raw.at;
    if (raw.notObject != null) {
      throw wrongType(raw.notObject, at, null, "an object");
    }
    JsonLayout layout = raw.layout;
    Table<? extends T> t = table;
    if (table.isUnion()) {
      String type = requiredText(raw.values[0], at, Table.VARIANT_KEY);
      t = table.variant(type);
      if (t == null) {
        throw new DebateFormatException(
            at.key(Table.VARIANT_KEY),
            "unknown "
                + table.name
                + " type "
                + ModelValues.quote(type)
                + ", expected one of "
                + table.variantNames());
      }
    }
    // A table's own values go where its raw values were, each replacing its own; a variant's
    // fields sit elsewhere among the union's keys.
    Values values =
        t == table
            ? new Values(t, raw.values, parent, ids, "null")
            : new Values(t, parent, ids, "null");
    int[] slots = t == table ? layout.own : layout.fieldSlots.get(t);
    int i = 0;
    for (Step step : t.stepArray) {
      if (step instanceof Field<?> f) {
        values.set(i, value(raw.values[slots[i]], f, at, values, ids));
        i++;
      } else {
        try {
          ((Check) step).rule.apply(values);
        } catch (Problem e) {
          throw new DebateFormatException(at.key(e.field), e.getMessage());
        }
      }
    }
    return t.build(values, at);
  }

  private static Object value(Object raw, Field<?> f, At at, Values values, Set<String> ids) {
    String key = f.name;
    boolean required = !f.added;
    switch (f.kind) {
      case TEXT:
        return f.optional ? optionalText(raw, at, key, required) : requiredText(raw, at, key);
      case STRING:
        return string(required(raw, at, key), at, key);
      case ENUM:
        {
          String s = f.optional ? optionalText(raw, at, key, required) : requiredText(raw, at, key);
          return s == null ? null : constant(s, at, key, f.enumType);
        }
      case INT:
        {
          Object v = required ? required(raw, at, key) : raw;
          return f.optional && (v == null || isNull(v)) ? null : integer(v, at, key);
        }
      case LONG:
        {
          Object v = required ? required(raw, at, key) : raw;
          return f.optional && (v == null || isNull(v)) ? null : longInteger(v, at, key);
        }
      case BOOLEAN:
        if (raw == null && !required) {
          return Boolean.FALSE;
        }
        if (!(required(raw, at, key) instanceof Boolean b)) {
          throw wrongType(raw, at, key, "a boolean");
        }
        return b;
      case DATE:
        {
          String s = optionalText(raw, at, key, required);
          return s == null
              ? null
              : ModelValues.parse(
                  () -> LocalDate.parse(s), at.key(key), "an ISO date (2020-01-10)", s);
        }
      case TIME:
        {
          String s = optionalText(raw, at, key, required);
          return s == null
              ? null
              : ModelValues.parse(() -> LocalTime.parse(s), at.key(key), "an ISO time (10:05)", s);
        }
      case OBJECT:
        {
          Object v = required ? required(raw, at, key) : raw;
          if (v == null || (f.optional && isNull(v))) {
            return null;
          }
          if (!(v instanceof Raw object)) {
            throw wrongType(v, at, key, f.optional ? "an object or null" : "an object");
          }
          return check(object, f.table, values, ids);
        }
      default:
        return list(raw, f, at, values, ids);
    }
  }

  /** The elements of an array, each checked; the first that fails is the failure. */
  private static List<?> list(Object raw, Field<?> f, At at, Values values, Set<String> ids) {
    if (raw == null) {
      if (!f.added) {
        throw new DebateFormatException(at.key(f.name), "is missing");
      }
      return List.of();
    }
    Items items = (Items) raw;
    if (items.notArray != null) {
      throw wrongType(items.notArray, at, f.name, "an array (lists are never null)");
    }
    if (items.values == null) {
      return List.of();
    }
    List<Object> out = new ArrayList<>(items.values.size());
    for (int i = 0; i < items.values.size(); i++) {
      Object item = items.values.get(i);
      out.add(
          f.kind == Field.Kind.TEXTS
              ? text(item, new At(at, f.name, i), null)
              : check((Raw) item, f.table, values, ids));
    }
    return out;
  }
}
