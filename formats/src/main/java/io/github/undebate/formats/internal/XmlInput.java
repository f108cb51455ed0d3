package io.github.undebate.formats.internal;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.DebateFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.MissingResourceException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One read of an XML document: the JDK's StAX parser over the document's characters (decoded by
 * {@link XmlEncoding} when they come as bytes), with the document length ({@link BoundedInput}) and
 * the namespace declarations on one element ({@link NamespaceLimit}) counted on the way in, and
 * every failure turned into the exception that {@code DebateXml} documents.
 */
public final class XmlInput {
  private final BoundedInput bound;
  private final NamespaceLimit namespaces;

  /** A read with these limits. */
  public XmlInput(long maxDocumentLength, int maxNamespaceDeclarations) {
    this.bound = new BoundedInput(maxDocumentLength);
    this.namespaces = new NamespaceLimit(maxNamespaceDeclarations);
  }

  /** A parser over the characters. */
  public XMLStreamReader open(Reader in) throws XMLStreamException {
    return factory().createXMLStreamReader(namespaces.wrap(bound.wrap(in)));
  }

  /** A parser over the bytes, decoded. */
  public XMLStreamReader open(InputStream in) throws XMLStreamException {
    Reader decoded;
    try {
      decoded = XmlEncoding.reader(bound.wrap(in));
    } catch (XmlEncoding.MalformedBytes e) {
      throw new DebateFormatException("/", "not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw bound.exceeded() ? tooLong(e) : new UncheckedIOException(e);
    }
    // The bytes are counted; the characters only for their namespace declarations.
    return factory().createXMLStreamReader(namespaces.wrap(decoded));
  }

  /** Reads the document from the parser, which is closed after. */
  public Debate read(XMLStreamReader r, int maxDepth, int maxStringLength)
      throws XMLStreamException {
    try {
      return XmlReading.debate(r, maxDepth, maxStringLength);
    } catch (MissingResourceException e) {
      // The JDK's parser lacks the text for some of its errors (found by fuzzing); still malformed.
      throw new DebateFormatException("/", "not well-formed XML: " + e.getKey(), e);
    } catch (DebateFormatException e) {
      if (bound.exceeded()) {
        throw tooLong(e);
      }
      if (namespaces.breached()) {
        throw tooManyNamespaces(e);
      }
      IOException io = ioCause(e);
      if (io != null) {
        throw new UncheckedIOException(io);
      }
      throw e;
    } finally {
      r.close();
    }
  }

  /** The failure of the parser, as the reader's exception. */
  public RuntimeException failure(XMLStreamException e) {
    if (bound.exceeded()) {
      return tooLong(e);
    }
    if (namespaces.breached()) {
      return tooManyNamespaces(e);
    }
    IOException io = ioCause(e);
    if (io != null) {
      return new UncheckedIOException(io);
    }
    return new DebateFormatException("/", "not well-formed XML: " + e.getMessage(), e);
  }

  /** The failure of a StAX writer, as the writer's exception. */
  public static RuntimeException writeFailure(XMLStreamException e) {
    IOException io = ioCause(e);
    return io != null
        ? new UncheckedIOException(io)
        : new IllegalStateException("the XML writer failed: " + e.getMessage(), e);
  }

  /** A StAX input factory that reads no DTD and resolves no entity or external reference. */
  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external references are not allowed: " + systemId);
        });
    return f;
  }

  private DebateFormatException tooLong(Exception e) {
    return new DebateFormatException(
        "/",
        "the document is longer than the limit of "
            + bound.limit()
            + " (raise it with DebateXml.builder().maxDocumentLength)",
        e);
  }

  private DebateFormatException tooManyNamespaces(Exception e) {
    String where = "";
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof NamespaceLimit.Breached b) {
        where = " (" + b.getMessage() + ")";
      }
    }
    return new DebateFormatException(
        "/",
        "an element declares more namespaces than the limit of "
            + namespaces.limit()
            + " (raise it with DebateXml.builder().maxNamespaceDeclarations)"
            + where,
        e);
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = next(t)) {
      // Bytes malformed for their encoding are a malformed document, not a failed stream.
      if (t instanceof XmlEncoding.MalformedBytes) {
        return null;
      }
      if (t instanceof IOException io && !(io instanceof java.io.CharConversionException)) {
        return io;
      }
    }
    return null;
  }

  private static Throwable next(Throwable t) {
    if (t.getCause() != null) {
      return t.getCause();
    }
    return t instanceof XMLStreamException x ? x.getNestedException() : null;
  }
}
