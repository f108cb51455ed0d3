package io.github.undebate.formats.internal;

import io.github.undebate.formats.DebateFormatException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a StAX reader element by element for {@link XmlReading}, keeping the XPath of the current
 * element so that every failure names where it happened, and refusing what the native form never
 * contains: DTDs, entity references, elements of other namespaces, text between elements, nesting
 * deeper than the limit, text longer than the limit.
 */
final class XmlCursor {
  private final XMLStreamReader r;
  private final int maxDepth;
  private final int maxStringLength;
  private final Deque<Frame> frames = new ArrayDeque<>();

  private static final class Frame {
    final String step;
    final Map<String, Integer> childCounts = new HashMap<>();
    int lastOrder = -1;

    Frame(String step) {
      this.step = step;
    }
  }

  XmlCursor(XMLStreamReader r, int maxDepth, int maxStringLength) {
    this.r = r;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
  }

  /** Moves to the root element and enters it, checking its name. */
  void enterRoot(String name) throws XMLStreamException {
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        break;
      }
      refuse(event);
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw fail(null, "the document has no root element");
      }
    }
    checkElement();
    if (!name.equals(r.getLocalName())) {
      throw fail(null, "the root element must be <" + name + ">, was <" + r.getLocalName() + ">");
    }
    frames.push(new Frame("/" + name));
  }

  /**
   * Moves to the next child element of the current element and returns its local name, or returns
   * {@code null} at the current element's end. Only whitespace may stand between child elements.
   */
  String nextChild() throws XMLStreamException {
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          checkElement();
          return r.getLocalName();
        case XMLStreamConstants.END_ELEMENT:
          frames.pop();
          return null;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (!r.isWhiteSpace()) {
            throw fail(null, "text is not allowed between elements, found \"" + excerpt() + "\"");
          }
          break;
        case XMLStreamConstants.COMMENT:
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          break;
        default:
          refuse(event);
          throw fail(null, "unexpected XML event " + event);
      }
    }
  }

  /**
   * Enters the current start element as a child of the current element. The names of an element's
   * children must come in the order of {@code order}; an {@code item} (an element that repeats,
   * whose position is part of its path) may repeat where consecutive.
   */
  void enter(List<String> order, boolean item) {
    enter(order, true, item);
  }

  /** Enters the current start element, an item whose name is one of {@code names}, in any order. */
  void enterAnyOrder(List<String> names) {
    enter(names, false, true);
  }

  private void enter(List<String> order, boolean ordered, boolean item) {
    String name = r.getLocalName();
    Frame parent = frames.peek();
    int position = order.indexOf(name);
    if (position < 0) {
      throw fail(null, "unexpected element <" + name + ">, expected one of " + order);
    }
    if (ordered && (position < parent.lastOrder || (position == parent.lastOrder && !item))) {
      throw fail(null, "element <" + name + "> out of order or repeated; the order is " + order);
    }
    parent.lastOrder = position;
    int n = parent.childCounts.merge(name, 1, Integer::sum);
    String step = parent.step + "/" + name + (item ? "[" + n + "]" : "");
    frames.push(new Frame(step));
    if (frames.size() > maxDepth) {
      throw fail(null, "elements nest deeper than the limit of " + maxDepth);
    }
  }

  /**
   * Reads the text of the current element (which must have been entered) up to its end, turning
   * {@code <char code="…"/>} children back into the characters they stand for.
   */
  String text() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          break;
        case XMLStreamConstants.START_ELEMENT:
          checkElement();
          if (!"char".equals(r.getLocalName())) {
            throw fail(null, "unexpected element <" + r.getLocalName() + "> in text");
          }
          sb.append(escapedChar());
          break;
        case XMLStreamConstants.END_ELEMENT:
          frames.pop();
          return sb.toString();
        case XMLStreamConstants.COMMENT:
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          break;
        default:
          refuse(event);
          throw fail(null, "unexpected XML event " + event + " in text");
      }
      if (sb.length() > maxStringLength) {
        throw fail(null, "text longer than the limit of " + maxStringLength + " characters");
      }
    }
  }

  private char escapedChar() throws XMLStreamException {
    String code = r.getAttributeValue(null, "code");
    if (code == null || !code.matches("[0-9A-F]{4}")) {
      throw fail(
          null,
          "<char> needs a code of four upper-case hexadecimal digits, was "
              + (code == null ? null : ModelValues.excerpt(code)));
    }
    if (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
      throw fail(null, "<char> must be empty");
    }
    return (char) Integer.parseInt(code, 16);
  }

  /** The value of a required attribute of the current start element. */
  String attribute(String name) {
    String value = r.getAttributeValue(null, name);
    if (value == null) {
      throw fail("@" + name, "is missing");
    }
    return value;
  }

  /** The value of an optional attribute of the current start element, or {@code null}. */
  String optionalAttribute(String name) {
    return r.getAttributeValue(null, name);
  }

  /** An integer attribute of the current start element. */
  int intAttribute(String name) {
    String value = attribute(name);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw fail("@" + name, "must be an integer, was " + ModelValues.quote(value));
    }
  }

  long longAttribute(String name) {
    String value = attribute(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw fail("@" + name, "must be an integer, was " + ModelValues.quote(value));
    }
  }

  /** Checks that the current start element has no attributes outside {@code allowed}. */
  void onlyAttributes(Set<String> allowed) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String name = r.getAttributeLocalName(i);
      String ns = r.getAttributeNamespace(i);
      if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)) {
        continue; // xsi:schemaLocation and its kin point validators at the schema
      }
      if ((ns != null && !ns.isEmpty()) || !allowed.contains(name)) {
        throw fail("@" + name, "unexpected attribute");
      }
    }
  }

  /** The XPath of the current element, with {@code tail} (such as {@code @start}) appended. */
  String path(String tail) {
    String here = frames.isEmpty() ? "" : frames.peek().step;
    return tail == null ? (here.isEmpty() ? "/" : here) : here + "/" + tail;
  }

  /** A failure at the current element (or its {@code tail}), with the line and column. */
  DebateFormatException fail(String tail, String problem) {
    Location where = r.getLocation();
    String at =
        where == null || where.getLineNumber() < 0
            ? ""
            : " (line " + where.getLineNumber() + ", column " + where.getColumnNumber() + ")";
    return new DebateFormatException(path(tail), problem + at);
  }

  private void checkElement() {
    String ns = r.getNamespaceURI();
    if (!XmlWriting.NAMESPACE.equals(ns)) {
      throw fail(
          null,
          "element <"
              + r.getLocalName()
              + "> must be in the namespace "
              + XmlWriting.NAMESPACE
              + ", was "
              + (ns == null || ns.isEmpty() ? "none" : ModelValues.excerpt(ns)));
    }
  }

  private void refuse(int event) {
    if (event == XMLStreamConstants.DTD) {
      throw fail(null, "DTDs (<!DOCTYPE …>) are not allowed");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE
        || event == XMLStreamConstants.ENTITY_DECLARATION) {
      throw fail(null, "entity references are not allowed");
    }
  }

  private String excerpt() {
    String text = r.getText().strip();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
