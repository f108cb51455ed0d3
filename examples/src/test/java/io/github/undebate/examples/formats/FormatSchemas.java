package io.github.undebate.examples.formats;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The three schemas every output is checked against: the JSON Schema and native XSD that the
 * formats module publishes ({@link DebateJson#jsonSchema()}, {@link DebateXml#xmlSchema()}), and
 * the official OASIS Akoma Ntoso 3.0 XSD copied into this module's test resources.
 */
final class FormatSchemas {
  static {
    // The examples module does not need java.xml for itself; these tests do.
    FormatSchemas.class
        .getModule()
        .addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  private FormatSchemas() {}

  private static final Schema JSON =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(DebateJson.jsonSchema(), InputFormat.JSON);

  private static final javax.xml.validation.Schema NATIVE =
      xsd(new StreamSource(new StringReader(DebateXml.xmlSchema()), DebateXml.XML_SCHEMA_FILE));

  private static final javax.xml.validation.Schema AKN = xsd(aknSchema());

  private static StreamSource aknSchema() {
    URL url = FormatSchemas.class.getResource("/formats/akn/akomantoso30.xsd");
    if (url == null) {
      throw new IllegalStateException(
          "formats/akn/akomantoso30.xsd is missing from test resources");
    }
    return new StreamSource(url.toExternalForm());
  }

  private static javax.xml.validation.Schema xsd(StreamSource source) {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      // xml.xsd names a DTD (XMLSchema.dtd) that is not shipped and not needed to read it.
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, base) ->
              "http://www.w3.org/TR/REC-xml".equals(type) ? new EmptyInput(systemId) : null);
      return factory.newSchema(source);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load schema: " + e.getMessage(), e);
    }
  }

  /** The problems the JSON Schema finds; empty when the document is valid. */
  static List<String> jsonProblems(String json) {
    List<Error> errors = JSON.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The first problem the native XSD finds, or {@code null} when the document is valid. */
  static String nativeXmlProblem(String xml) {
    return xsdProblem(NATIVE, xml);
  }

  /** The first problem the Akoma Ntoso XSD finds, or {@code null} when the document is valid. */
  static String aknProblem(String xml) {
    return xsdProblem(AKN, xml);
  }

  private static String xsdProblem(javax.xml.validation.Schema schema, String xml) {
    Validator v = schema.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new StringReader(xml)));
      return null;
    } catch (SAXParseException e) {
      return "line "
          + e.getLineNumber()
          + ", column "
          + e.getColumnNumber()
          + ": "
          + e.getMessage();
    } catch (SAXException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An empty document in place of a DTD. */
  private static final class EmptyInput implements LSInput {
    private final String systemId;

    EmptyInput(String systemId) {
      this.systemId = systemId;
    }

    @Override
    public Reader getCharacterStream() {
      return new StringReader("");
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return null;
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return "";
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseURI) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
