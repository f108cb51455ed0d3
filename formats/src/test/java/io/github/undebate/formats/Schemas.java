package io.github.undebate.formats;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
 * The three schemas every output is checked against in tests: the JSON Schema shipped with the
 * module (networknt json-schema-validator, draft 2020-12), the native XSD shipped with the module,
 * and the official OASIS Akoma Ntoso 3.0 XSD copied into the test resources.
 */
final class Schemas {
  private Schemas() {}

  private static final Schema JSON =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(DebateJson.jsonSchema(), InputFormat.JSON);

  private static final javax.xml.validation.Schema NATIVE = xsd(nativeXsd());
  private static final javax.xml.validation.Schema AKN =
      xsd(Schemas.class.getResource("/akn/akomantoso30.xsd"));

  private static URL nativeXsd() {
    return DebateXml.class.getResource(DebateXml.XML_SCHEMA_FILE);
  }

  private static javax.xml.validation.Schema xsd(URL url) {
    if (url == null) {
      throw new IllegalStateException("schema missing from the test classpath");
    }
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      // xml.xsd names a DTD (XMLSchema.dtd) that is not shipped and not needed to read it.
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, base) ->
              "http://www.w3.org/TR/REC-xml".equals(type) ? new EmptyInput(systemId) : null);
      return factory.newSchema(url);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load schema " + url + ": " + e.getMessage(), e);
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

  /** The problems the JSON Schema finds in the document; empty when it is valid. */
  static List<String> jsonProblems(String json) {
    List<Error> errors = JSON.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The first problem the native XSD finds in the document, or {@code null} when it is valid. */
  static String nativeXmlProblem(String xml) {
    return xsdProblem(NATIVE, xml);
  }

  /** The first problem the Akoma Ntoso XSD finds in the document, or {@code null}. */
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
}
