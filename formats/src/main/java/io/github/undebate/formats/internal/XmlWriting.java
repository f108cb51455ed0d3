package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams the model into the native XML form {@code undebate/1}, whose schema is {@code
 * undebate-1.xsd}, as the {@link Contract}'s tables place each field. Element and attribute names
 * are the JSON contract's keys; enum values are spelled as in JSON. Every string of the model is
 * element content (attribute values would lose tabs and line breaks to attribute normalisation);
 * attributes hold only enums, numbers and flags. An absent value is an absent element; a list is a
 * wrapper element, present even when empty, unless the table repeats its items without one.
 */
public final class XmlWriting {
  private XmlWriting() {}

  /** The namespace of the native XML form. */
  public static final String NAMESPACE = "https://github.com/undebate/undebate/ns/undebate-1";

  /** Writes one debate as a whole XML document. */
  public static void debate(XMLStreamWriter w, Debate d, boolean pretty) throws XMLStreamException {
    write(w, Contract.DEBATE, d, pretty);
  }

  /**
   * Writes one object of the table as an element of the native namespace inside a document of
   * another (a record's source in Akoma Ntoso's proprietary metadata), declaring the namespace on
   * it.
   */
  static void foreign(XmlOutput out, Table<?> table, String name, Object value)
      throws XMLStreamException {
    element(out, table, name, value, true);
  }

  /** Writes a whole document whose root element is the value, an object of the table. */
  static void write(XMLStreamWriter w, Table<?> table, Object value, boolean pretty)
      throws XMLStreamException {
    XmlOutput out = new XmlOutput(w, pretty, true);
    w.writeStartDocument("UTF-8", "1.0");
    w.setDefaultNamespace(NAMESPACE);
    element(out, table, table.name, value, true);
    if (pretty) {
      w.writeCharacters("\n");
    }
    w.writeEndDocument();
  }

  private static void element(XmlOutput out, Table<?> t, String name, Object value, boolean root)
      throws XMLStreamException {
    if (t.content != null) {
      out.leaf(name, (String) t.get(t.content, value));
      return;
    }
    boolean empty = t.elements.isEmpty(); // attributes only, such as a vote's totals
    if (empty) {
      out.emptyElement(name);
    } else {
      out.start(name);
    }
    if (root) {
      out.writer().writeDefaultNamespace(NAMESPACE);
    }
    for (Field<?> f : t.attributes) {
      Object v = t.get(f, value);
      if (v != null) {
        out.attribute(f.name, scalar(v));
      }
    }
    if (empty) {
      return;
    }
    for (Field<?> f : t.elements) {
      Object v = t.get(f, value);
      if (v == null) {
        continue;
      }
      if (f.kind == Field.Kind.OBJECT) {
        element(out, f.table, f.name, v, false);
        continue;
      }
      if (!f.isList()) {
        out.leaf(f.name, scalar(v));
        continue;
      }
      List<?> items = (List<?>) v;
      boolean wrapped = f.place != Field.Place.REPEATED;
      if (wrapped && items.isEmpty()) {
        out.emptyElement(f.name);
        continue;
      }
      if (wrapped) {
        out.start(f.name);
      }
      for (Object item : items) {
        if (f.kind == Field.Kind.TEXTS) {
          out.leaf(f.item, (String) item);
        } else {
          Table<?> itemTable = f.table.isUnion() ? f.table.variantOf(item) : f.table;
          element(out, itemTable, f.table.isUnion() ? itemTable.name : f.item, item, false);
        }
      }
      if (wrapped) {
        out.end();
      }
    }
    out.end();
  }

  /** A value that is not a list, as XML text. */
  private static String scalar(Object v) {
    return v instanceof Enum<?> e ? JsonWriting.name(e) : v.toString();
  }
}
