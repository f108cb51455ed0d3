package io.github.undebate.formats.internal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over a StAX writer that indents element-only content and writes text so that any
 * Java string survives: characters that XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF,
 * unpaired surrogates) and the carriage return (which XML readers turn into a line feed) become
 * {@code <char code="000D"/>} elements inside the text, or, where a format is written only and not
 * read back, the replacement character.
 */
final class XmlOutput {
  private final XMLStreamWriter w;
  private final boolean pretty;
  private final boolean charElements;
  private int depth;
  private boolean childless;

  /**
   * @param charElements whether to write unrepresentable characters as {@code char} elements (the
   *     native format) or as U+FFFD (Akoma Ntoso, whose text elements have no such child)
   */
  XmlOutput(XMLStreamWriter w, boolean pretty, boolean charElements) {
    this.w = w;
    this.pretty = pretty;
    this.charElements = charElements;
  }

  XMLStreamWriter writer() {
    return w;
  }

  /** Starts an element on a new, indented line. */
  void start(String name) throws XMLStreamException {
    indent();
    w.writeStartElement(name);
    depth++;
    childless = true;
  }

  /** Starts an element inline, without indentation (inside mixed content). */
  void startInline(String name) throws XMLStreamException {
    w.writeStartElement(name);
    depth++;
    childless = true;
  }

  /** An element without content on a new, indented line; attributes may follow. */
  void emptyElement(String name) throws XMLStreamException {
    indent();
    w.writeEmptyElement(name);
    childless = false;
  }

  void attribute(String name, String value) throws XMLStreamException {
    w.writeAttribute(name, value);
  }

  /** Ends the current element, on its own line when it had element children. */
  void end() throws XMLStreamException {
    depth--;
    if (!childless) {
      indent();
    }
    w.writeEndElement();
    childless = false;
  }

  /** Ends an element whose content was inline text. */
  void endInline() throws XMLStreamException {
    depth--;
    w.writeEndElement();
    childless = false;
  }

  /** An element holding only text. */
  void leaf(String name, String text) throws XMLStreamException {
    start(name);
    text(text);
    endInline();
  }

  /** Writes text, escaping what XML cannot hold as described in the class comment. */
  void text(String s) throws XMLStreamException {
    int from = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isXmlChar(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      if (i > from) {
        w.writeCharacters(s.substring(from, i));
      }
      if (charElements) {
        w.writeEmptyElement("char");
        w.writeAttribute("code", String.format("%04X", (int) c));
      } else {
        w.writeCharacters(c == '\r' ? "\n" : "\uFFFD");
      }
      from = i + 1;
    }
    if (n > from) {
      w.writeCharacters(s.substring(from, n));
    }
  }

  /** Whether the character is one XML 1.0 holds as itself (the carriage return is not kept). */
  static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }

  private void indent() throws XMLStreamException {
    if (pretty) {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
