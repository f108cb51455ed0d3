package io.github.undebate.formats.internal;

import io.github.undebate.formats.DebateFormatException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.StringNode;

/**
 * The values of a JSON document for {@link JsonReading}: read from the token stream as the plain
 * value a field expects ({@code String}, {@code Integer}, {@code Boolean}) or, when the document
 * has something else there, as a {@link JsonNode} only to describe it; then checked, each failure
 * naming the JSONPath of the value.
 */
final class JsonValues {
  private JsonValues() {}

  // ---- reading tokens ----

  /** The string at the parser's token, or the value there as a tree. */
  static Object stringOrNode(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : node(p);
  }

  /** The {@code int} at the parser's token, or the value there as a tree. */
  static Object intOrNode(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    return node(p);
  }

  /** The {@code long} at the parser's token, or the value there as a tree. */
  static Object longOrNode(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && (p.getNumberType() == JsonParser.NumberType.INT
            || p.getNumberType() == JsonParser.NumberType.LONG)) {
      return p.getLongValue();
    }
    return node(p);
  }

  /** The boolean at the parser's token, or the value there as a tree. */
  static Object booleanOrNode(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return node(p);
  }

  /**
   * The value at the parser's token as a tree, only to describe it: a scalar as Jackson reads it
   * into a tree, an object or array read to its end (every scalar in it read likewise, so that the
   * parser's limits apply as to a tree) and checked for duplicate keys, but given back empty.
   */
  static JsonNode node(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return p.readValueAsTree();
    }
    JsonNode empty =
        t == JsonToken.START_OBJECT
            ? JsonNodeFactory.instance.objectNode()
            : JsonNodeFactory.instance.arrayNode();
    // Iterative, since the nesting limit may be set high: the keys of each open object.
    Deque<Set<String>> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        break;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.pop();
      } else if (t == JsonToken.PROPERTY_NAME) {
        if (!open.peek().add(p.currentName())) {
          throw new JsonReading.DuplicateKey();
        }
      } else if (t == JsonToken.START_OBJECT) {
        open.push(new HashSet<>());
      } else if (t == JsonToken.START_ARRAY) {
        open.push(Set.of());
      } else {
        p.readValueAsTree();
      }
    }
    return empty;
  }

  // ---- checking values ----

  static boolean isNull(Object value) {
    return value instanceof JsonNode node && node.isNull();
  }

  static Object required(Object value, At at, String key) {
    if (value == null) {
      throw new DebateFormatException(at.key(key), "is missing");
    }
    return value;
  }

  /** A string value, possibly empty or blank. */
  static String string(Object value, At at, String key) {
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(value, at, key, "a string");
  }

  /** A string value that is not blank. */
  static String text(Object value, At at, String key) {
    String s = string(value, at, key);
    if (s.isBlank()) {
      throw new DebateFormatException(at.key(key), "must not be blank");
    }
    return s;
  }

  static String requiredText(Object value, At at, String key) {
    return text(required(value, at, key), at, key);
  }

  /**
   * A string that is not blank, or {@code null} for a JSON {@code null} (or, when not {@code
   * required}, a missing key).
   */
  static String optionalText(Object value, At at, String key, boolean required) {
    Object v = required ? required(value, at, key) : value;
    if (v == null || isNull(v)) {
      return null;
    }
    return text(v, at, key);
  }

  static int integer(Object value, At at, String key) {
    if (value instanceof Integer i) {
      return i;
    }
    JsonNode node = asNode(value);
    if (!node.isIntegralNumber()) {
      throw wrongType(node, at, key, "an integer");
    }
    if (!node.canConvertToInt()) {
      throw new DebateFormatException(
          at.key(key), "integer out of range: " + ModelValues.excerpt(node.toString()));
    }
    return node.intValue();
  }

  static long longInteger(Object value, At at, String key) {
    if (value instanceof Long l) {
      return l;
    }
    JsonNode node = asNode(value);
    if (!node.isIntegralNumber()) {
      throw wrongType(node, at, key, "an integer");
    }
    if (!node.canConvertToLong()) {
      throw new DebateFormatException(
          at.key(key), "integer out of range: " + ModelValues.excerpt(node.toString()));
    }
    return node.longValue();
  }

  static Object constant(String spelling, At at, String key, Class<?> type) {
    Object e = ModelValues.constant(spelling, type);
    if (e == null) {
      throw new DebateFormatException(at.key(key), ModelValues.unknownValue(spelling, type));
    }
    return e;
  }

  static DebateFormatException wrongType(Object value, At at, String key, String expected) {
    return new DebateFormatException(
        at.key(key), "must be " + expected + ", was " + describe(asNode(value)));
  }

  private static JsonNode asNode(Object value) {
    if (value instanceof String s) {
      return StringNode.valueOf(s);
    }
    if (value instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (value instanceof Long l) {
      return LongNode.valueOf(l);
    }
    if (value instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    return (JsonNode) value;
  }

  private static String describe(JsonNode node) {
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    if (node.isContainer()) {
      return "an " + kind;
    }
    String value = node.toString();
    if (value.length() > 40) {
      value = value.substring(0, 40) + "...";
    }
    return kind + " " + value;
  }

  /** A place in the document, spelt as a JSONPath only when a message needs it. */
  static final class At {
    static final At ROOT = new At(null, null, -1);

    private final At parent;
    private final String key;
    private final int index;

    At(At parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    /** The place of the object under {@code key} here, which is not in an array. */
    At child(String name) {
      return new At(this, name, -1);
    }

    /** The path of the value under {@code key} here, or of this place for {@code null}. */
    String key(String name) {
      return name == null ? toString() : this + "." + name;
    }

    @Override
    public String toString() {
      if (parent == null) {
        return DebateFormatException.ROOT;
      }
      return index < 0 ? parent + "." + key : parent + "." + key + "[" + index + "]";
    }
  }
}
