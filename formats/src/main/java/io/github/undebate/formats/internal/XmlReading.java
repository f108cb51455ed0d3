package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateFormatException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the native XML form {@code undebate/1} (see {@link XmlWriting}) into a {@link Debate},
 * element by element as the {@link Contract}'s tables place each field, checking every value so
 * that a failure names its XPath.
 *
 * <p>An element's attributes are read and checked first, in table order, with the checks that read
 * only attributes; then its child elements in document order, each of which must come in the
 * table's order, after every required element before it; then the checks that read elements.
 */
public final class XmlReading {
  private XmlReading() {}

  /** Each table's checks that read only attributes, which run as soon as the start tag is read. */
  private static final Map<Table<?>, Set<Check>> ON_START = new ConcurrentHashMap<>();

  private static Set<Check> onStart(Table<?> t) {
    Set<Check> checks = ON_START.get(t);
    if (checks != null) {
      return checks;
    }
    Set<Check> onStart = new HashSet<>();
    for (Step s : t.steps) {
      if (s instanceof Check c && t.attributeNames.containsAll(c.reads)) {
        onStart.add(c);
      }
    }
    ON_START.putIfAbsent(t, onStart);
    return onStart;
  }

  /** Reads a whole document. */
  public static Debate debate(XMLStreamReader reader, int maxDepth, int maxStringLength) {
    return read(reader, Contract.DEBATE, maxDepth, maxStringLength);
  }

  /** Reads a whole document whose root element is an object of the table. */
  static <T> T read(XMLStreamReader reader, Table<T> table, int maxDepth, int maxStringLength) {
    XmlCursor x = new XmlCursor(reader, maxDepth, maxStringLength);
    try {
      x.enterRoot(table.name);
      return element(x, table, null, new HashSet<>());
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new DebateFormatException(
          x.path(null), "not well-formed XML: " + message.replaceAll("\\s+", " "), e);
    }
  }

  /** Reads the entered element as an object of the table, up to its end. */
  private static <T> T element(XmlCursor x, Table<T> t, Values parent, Set<String> ids)
      throws XMLStreamException {
    String at = x.path(null);
    x.onlyAttributes(t.attributeNames);
    Values v = new Values(t, parent, ids, "missing");
    Set<Check> onStart = onStart(t);
    for (Step s : t.steps) {
      if (s instanceof Field<?> f && f.place == Field.Place.ATTRIBUTE) {
        v.set(t.indexOf(f.name), attribute(x, f));
      } else if (s instanceof Check c && onStart.contains(c)) {
        check(x, t, at, c, v);
      }
    }
    if (t.content != null) {
      v.set(t.indexOf(t.content.name), text(x));
    } else {
      for (String name; (name = x.nextChild()) != null; ) {
        Field<?> f = child(t, name);
        x.enter(t.elementNames, f != null && f.place == Field.Place.REPEATED);
        for (Field<?> e : t.elements) {
          if (e == f) {
            break;
          }
          missing(t, e, v, at);
        }
        child(x, f, t.indexOf(f.name), v, ids);
      }
      for (Field<?> e : t.elements) {
        missing(t, e, v, at);
        if (e.isList() && v.at(t.indexOf(e.name)) == null) {
          v.set(t.indexOf(e.name), List.of());
        }
      }
    }
    for (Step s : t.steps) {
      if (s instanceof Check c && !onStart.contains(c)) {
        check(x, t, at, c, v);
      }
    }
    return t.build(v, at);
  }

  /** The field whose element a child element is, or {@code null}. */
  private static Field<?> child(Table<?> t, String name) {
    for (Field<?> f : t.elements) {
      if (f.xmlName().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** Fails when a required element is missing where it should have come. */
  private static void missing(Table<?> t, Field<?> e, Values v, String at) {
    if (!e.optional && !e.isList() && v.at(t.indexOf(e.name)) == null) {
      throw new DebateFormatException(at + "/" + e.name, "is missing");
    }
  }

  private static void check(XmlCursor x, Table<?> t, String at, Check c, Values v) {
    try {
      c.rule.apply(v);
    } catch (Problem e) {
      if (t.attributeNames.contains(e.field)) {
        throw x.fail("@" + e.field, e.getMessage());
      }
      throw new DebateFormatException(at + "/" + e.field, e.getMessage());
    }
  }

  /** The value of an attribute field of the current start element. */
  private static Object attribute(XmlCursor x, Field<?> f) {
    String value = f.optional ? x.optionalAttribute(f.name) : x.attribute(f.name);
    if (value == null) {
      return null;
    }
    switch (f.kind) {
      case ENUM:
        {
          Object e = ModelValues.constant(value, f.enumType);
          if (e == null) {
            throw x.fail("@" + f.name, ModelValues.unknownValue(value, f.enumType));
          }
          return e;
        }
      case INT:
        return x.intAttribute(f.name);
      case LONG:
        return x.longAttribute(f.name);
      case BOOLEAN:
        if (!value.equals("true") && !value.equals("false")) {
          throw x.fail("@" + f.name, "must be true or false, was " + ModelValues.quote(value));
        }
        return Boolean.parseBoolean(value);
      default:
        return value;
    }
  }

  /** Reads the entered child element {@code f} into {@code v}. */
  private static void child(XmlCursor x, Field<?> f, int i, Values v, Set<String> ids)
      throws XMLStreamException {
    String at = x.path(null);
    switch (f.kind) {
      case TEXT:
        v.set(i, text(x));
        break;
      case STRING:
        v.set(i, x.text());
        break;
      case ENUM:
        {
          String value = text(x);
          Object e = ModelValues.constant(value, f.enumType);
          if (e == null) {
            throw new DebateFormatException(at, ModelValues.unknownValue(value, f.enumType));
          }
          v.set(i, e);
          break;
        }
      case INT:
        {
          String value = x.text();
          try {
            v.set(i, Integer.parseInt(value));
          } catch (NumberFormatException e) {
            throw new DebateFormatException(
                at, "must be an integer, was " + ModelValues.quote(value));
          }
          break;
        }
      case LONG:
        {
          String value = x.text();
          try {
            v.set(i, Long.parseLong(value));
          } catch (NumberFormatException e) {
            throw new DebateFormatException(
                at, "must be an integer, was " + ModelValues.quote(value));
          }
          break;
        }
      case DATE:
        {
          String value = x.text();
          v.set(
              i,
              ModelValues.parse(
                  () -> LocalDate.parse(value), at, "an ISO date (2020-01-10)", value));
          break;
        }
      case TIME:
        {
          String value = x.text();
          v.set(
              i, ModelValues.parse(() -> LocalTime.parse(value), at, "an ISO time (10:05)", value));
          break;
        }
      case OBJECT:
        v.set(i, element(x, f.table, v, ids));
        break;
      default:
        if (f.place == Field.Place.REPEATED) {
          items(v, i).add(element(x, f.table, v, ids));
        } else {
          wrapper(x, f, items(v, i), v, ids);
        }
    }
  }

  /** Reads the items of the entered wrapper element of a list field. */
  private static void wrapper(
      XmlCursor x, Field<?> f, List<Object> items, Values v, Set<String> ids)
      throws XMLStreamException {
    Table<?> table = f.table;
    for (String name; (name = x.nextChild()) != null; ) {
      if (table == null) {
        x.enter(List.of(f.item), true);
        items.add(text(x));
      } else if (table.isUnion()) {
        x.enterAnyOrder(table.variantList);
        items.add(element(x, table.variant(name), v, ids));
      } else {
        x.enter(List.of(f.item), true);
        items.add(element(x, table, v, ids));
      }
    }
  }

  /** The list of the values of a list field read so far. */
  @SuppressWarnings("unchecked") // list fields hold the lists this class makes
  private static List<Object> items(Values v, int i) {
    if (v.at(i) == null) {
      v.set(i, new ArrayList<>());
    }
    return (List<Object>) v.at(i);
  }

  /** The text of the entered element, which must not be blank. */
  private static String text(XmlCursor x) throws XMLStreamException {
    String at = x.path(null);
    String s = x.text();
    if (s.isBlank()) {
      throw new DebateFormatException(at, "must not be blank");
    }
    return s;
  }
}
