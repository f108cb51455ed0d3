package io.github.undebate.formats;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.internal.SchemaResources;
import io.github.undebate.formats.internal.XmlInput;
import io.github.undebate.formats.internal.XmlWriting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Debate} as native XML and reads it back: the same model as the JSON contract
 * {@code undebate/1}, with the contract's key names as element and attribute names, in the
 * namespace {@value #NAMESPACE}. Its schema is {@link #xmlSchema()} ({@value #XML_SCHEMA_FILE}).
 *
 * <pre>{@code
 * String xml = DebateXml.create().write(debate);
 * Debate again = DebateXml.create().read(xml);   // equals debate
 * }</pre>
 *
 * <p>Every string of the model is element content, so tabs, line breaks and spaces survive as they
 * are. A character that XML 1.0 cannot hold (a C0 control other than tab and line feed, the
 * carriage return, U+FFFE, U+FFFF, an unpaired surrogate) is written as an empty element {@code
 * <char code="000C"/>} in its place, which reading turns back into the character.
 *
 * <p>Reading is safe with hostile input: a DTD ({@code <!DOCTYPE …>}), and with it every entity and
 * external reference, is refused before anything is resolved; nesting, text length, document length
 * and the namespace declarations on one element are bounded ({@link Builder}); unknown elements and
 * attributes are refused. Bytes are decoded here, not by the JDK's parser, so that malformed bytes
 * are a {@link DebateFormatException} and nothing is printed to standard error. Every failure is a
 * {@link DebateFormatException} whose message names the XPath of the offending node, such as {@code
 * /debate/proceedings/statement[4]/paragraph[1]/citation[2]/@start}.
 *
 * <p>Written with the JDK's StAX ({@code javax.xml.stream}): the form is small and fixed, so a
 * streaming reader and writer need no dependency and no binding annotations.
 *
 * <p>Immutable and thread-safe.
 */
public final class DebateXml implements DebateWriter, DebateReader {

  /** The namespace of every element of the native XML form. */
  public static final String NAMESPACE = XmlWriting.NAMESPACE;

  /** The file name of the native form's XML Schema, as published beside the code. */
  public static final String XML_SCHEMA_FILE = "undebate-1.xsd";

  /** The default for {@link Builder#maxNestingDepth(int)}: 16 (a debate needs 7). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 16;

  /** The default for {@link Builder#maxStringLength(int)}, as for JSON: 64 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = DebateJson.DEFAULT_MAX_STRING_LENGTH;

  /** The default for {@link Builder#maxDocumentLength(long)}, as for JSON: 256 Mi. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = DebateJson.DEFAULT_MAX_DOCUMENT_LENGTH;

  /**
   * The default for {@link Builder#maxNamespaceDeclarations(int)}: 64 on one element (a debate
   * needs one, two with {@code xsi:schemaLocation}).
   */
  public static final int DEFAULT_MAX_NAMESPACE_DECLARATIONS = 64;

  private final boolean pretty;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final int maxNamespaceDeclarations;

  private DebateXml(Builder builder) {
    this.pretty = builder.pretty;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxNamespaceDeclarations = builder.maxNamespaceDeclarations;
  }

  /** Indented XML and the default reading limits. */
  public static DebateXml create() {
    return builder().build();
  }

  /** A builder for other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this instance's options. */
  public Builder toBuilder() {
    return builder()
        .pretty(pretty)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .maxNamespaceDeclarations(maxNamespaceDeclarations);
  }

  /**
   * The XML Schema (XSD 1.0) of the native form: every document this class writes validates against
   * it. Published as {@value #XML_SCHEMA_FILE}.
   */
  public static String xmlSchema() {
    return SchemaResources.text(XML_SCHEMA_FILE);
  }

  /** The debate as an XML document. */
  @Override
  public String write(Debate debate) {
    StringWriter out = new StringWriter();
    write(debate, out);
    return out.toString();
  }

  /**
   * Writes the debate as an XML document to the writer, which is flushed but not closed. The XML
   * declaration names UTF-8: encode the characters as UTF-8 when they go to bytes.
   *
   * @throws UncheckedIOException if the writer fails
   */
  @Override
  public void write(Debate debate, Writer out) {
    Objects.requireNonNull(debate, "debate");
    Objects.requireNonNull(out, "out");
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      XmlWriting.debate(w, debate, pretty);
      w.flush();
      w.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw XmlInput.writeFailure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the debate as a UTF-8 XML document to the stream, which is flushed but not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Debate debate, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(debate, writer);
  }

  /**
   * Reads a debate from an XML document.
   *
   * @throws DebateFormatException if the document is not a valid debate or breaches a limit; the
   *     message names the XPath of the offending node
   */
  @Override
  public Debate read(String xml) {
    Objects.requireNonNull(xml, "xml");
    return read(new StringReader(xml));
  }

  /**
   * Reads a debate from an XML document; the reader is read up to the end of the root element but
   * not closed.
   *
   * @throws DebateFormatException if the document is not a valid debate or breaches a limit; the
   *     message names the XPath of the offending node
   * @throws UncheckedIOException if the reader fails
   */
  @Override
  public Debate read(Reader in) {
    Objects.requireNonNull(in, "in");
    XmlInput input = new XmlInput(maxDocumentLength, maxNamespaceDeclarations);
    try {
      return input.read(input.open(in), maxNestingDepth, maxStringLength);
    } catch (XMLStreamException e) {
      throw input.failure(e);
    }
  }

  /**
   * Reads a debate from an XML document in bytes, whose encoding is taken from a byte-order mark or
   * the XML declaration (UTF-8 when neither names one); the stream is read up to the end of the
   * root element but not closed.
   *
   * @throws DebateFormatException if the document is not a valid debate, breaches a limit or has
   *     bytes that are not valid in its encoding; the message names the XPath of the offending node
   * @throws UncheckedIOException if the stream fails
   */
  public Debate read(InputStream in) {
    Objects.requireNonNull(in, "in");
    XmlInput input = new XmlInput(maxDocumentLength, maxNamespaceDeclarations);
    try {
      return input.read(input.open(in), maxNestingDepth, maxStringLength);
    } catch (XMLStreamException e) {
      throw input.failure(e);
    }
  }

  /**
   * Options for {@link DebateXml}. Each limit guards reading against hostile input; a document that
   * breaches one throws a {@link DebateFormatException} that names the limit.
   */
  public static final class Builder {
    private boolean pretty = true;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNamespaceDeclarations = DEFAULT_MAX_NAMESPACE_DECLARATIONS;

    private Builder() {}

    /** Whether to indent the output; default {@code true}. Text content is never re-indented. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The deepest nesting of elements that reading accepts; default {@value
     * DebateXml#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @throws IllegalArgumentException if {@code depth} is less than 8, too shallow for a debate
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 8) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be >= 8 (a debate nests 7 deep), was " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest text (in characters) that reading accepts in one element; default {@value
     * DebateXml#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxStringLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxStringLength must be positive, was " + length);
      }
      this.maxStringLength = length;
      return this;
    }

    /**
     * The longest document (characters from a reader, bytes from a stream) that reading accepts;
     * default {@value DebateXml#DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxDocumentLength(long length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The most namespace declarations ({@code xmlns}, {@code xmlns:p}) that reading accepts on one
     * element; default {@value DebateXml#DEFAULT_MAX_NAMESPACE_DECLARATIONS}. The JDK's parser
     * spends time that grows with the square of their number on one element, before it reports the
     * element, so the count is checked on the characters before they reach it.
     *
     * @throws IllegalArgumentException if {@code count} is less than 1, too few for a debate
     */
    public Builder maxNamespaceDeclarations(int count) {
      if (count < 1) {
        throw new IllegalArgumentException(
            "maxNamespaceDeclarations must be >= 1 (a debate declares its namespace), was "
                + count);
      }
      this.maxNamespaceDeclarations = count;
      return this;
    }

    /** Builds the reader and writer. */
    public DebateXml build() {
      return new DebateXml(this);
    }
  }
}
