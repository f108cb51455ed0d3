package io.github.undebate.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateXml;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema and XSD declare exactly the fields the {@link Contract}'s tables
 * declare: the same keys, required where the tables require them, nullable where they may be
 * absent, the same enum spellings, the same XML elements in the same order and the same attributes.
 * Each schema is walked from its root the way the tables nest, so a field added to a table and not
 * to a schema (or the other way round) fails here, naming both.
 */
class ContractSchemasTest {
  private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

  private final JsonNode json = JsonMapper.builder().build().readTree(DebateJson.jsonSchema());
  private final Element xsd = xsd();
  private final Set<Table<?>> seen = new HashSet<>();

  @Test
  void theJsonSchemaDeclaresTheTablesFields() {
    jsonObject(Contract.DEBATE, json, false);
    assertThat(seen).as("every table is reached").containsExactlyInAnyOrderElementsOf(tables());
  }

  @Test
  void theXsdDeclaresTheTablesFields() {
    xmlElement(Contract.DEBATE, child(xsd, "element", "debate"));
    assertThat(seen).as("every table is reached").containsExactlyInAnyOrderElementsOf(tables());
  }

  private static List<Table<?>> tables() {
    return Contract.TABLES;
  }

  // ---- JSON Schema ----

  private void jsonObject(Table<?> t, JsonNode schema, boolean variant) {
    seen.add(t);
    JsonNode s = resolve(schema);
    Set<String> keys = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    if (variant) {
      keys.add(Table.VARIANT_KEY);
      required.add(Table.VARIANT_KEY);
      assertThat(s.at("/properties/type/const").asString()).as(t + ".type").isEqualTo(t.name);
    }
    for (Field<?> f : t.fields) {
      keys.add(f.name);
      if (!f.added) {
        required.add(f.name);
      }
    }
    assertThat(names(s.get("properties"))).as(t + ": JSON Schema properties").isEqualTo(keys);
    assertThat(strings(s.get("required"))).as(t + ": JSON Schema required").isEqualTo(required);
    for (Field<?> f : t.fields) {
      jsonField(t, f, resolve(s.get("properties").get(f.name)));
    }
  }

  private void jsonField(Table<?> t, Field<?> f, JsonNode p) {
    String at = t + "." + f;
    if (f.kind == Field.Kind.OBJECT) {
      jsonNestedObject(at, f, p);
      return;
    }
    if (f.isList()) {
      assertThat(p.get("type").asString()).as(at + " type").isEqualTo("array");
      JsonNode items = resolve(p.get("items"));
      if (f.kind == Field.Kind.TEXTS) {
        assertThat(items.get("type").asString()).as(at + " items").isEqualTo("string");
      } else if (f.table.isUnion()) {
        List<JsonNode> oneOf = new ArrayList<>();
        items.get("oneOf").forEach(oneOf::add);
        assertThat(oneOf).as(at + " variants").hasSameSizeAs(f.table.variants);
        for (int i = 0; i < oneOf.size(); i++) {
          jsonObject(f.table.variants.get(i), oneOf.get(i), true);
        }
      } else {
        jsonObject(f.table, items, false);
      }
      return;
    }
    Set<String> types = new HashSet<>(p.has("type") ? strings(p.get("type")) : Set.of());
    boolean nullable = types.remove("null");
    if (p.has("enum")) {
      List<String> spellings = new ArrayList<>();
      for (JsonNode e : p.get("enum")) {
        if (e.isNull()) {
          nullable = true;
        } else {
          spellings.add(e.asString());
        }
      }
      assertThat(f.kind).as(at + " is an enum").isEqualTo(Field.Kind.ENUM);
      assertThat(spellings).as(at + " spellings").isEqualTo(spellings(f));
    } else if (p.has("const")) {
      assertThat(f.kind).as(at).isEqualTo(Field.Kind.TEXT);
    } else {
      String expected =
          switch (f.kind) {
            case INT, LONG -> "integer";
            case BOOLEAN -> "boolean";
            default -> "string";
          };
      assertThat(types).as(at + " type").containsExactly(expected);
    }
    assertThat(nullable).as(at + " may be null").isEqualTo(f.optional);
  }

  /**
   * One nested object: its schema inline ({@code "type": ["object", "null"]}) or as a {@code oneOf}
   * / {@code anyOf} of {@code {"type": "null"}} and the object's.
   */
  private void jsonNestedObject(String at, Field<?> f, JsonNode p) {
    JsonNode object = p;
    boolean nullable = false;
    JsonNode choices = p.has("oneOf") ? p.get("oneOf") : p.get("anyOf");
    if (choices != null) {
      object = null;
      for (JsonNode c : choices) {
        JsonNode r = resolve(c);
        if (r.has("type") && strings(r.get("type")).equals(Set.of("null"))) {
          nullable = true;
        } else {
          object = r;
        }
      }
      assertThat(object).as(at + " declares its object").isNotNull();
    }
    Set<String> types = object.has("type") ? strings(object.get("type")) : Set.of();
    nullable |= types.contains("null");
    assertThat(types).as(at + " type").contains("object");
    assertThat(nullable).as(at + " may be null").isEqualTo(f.optional);
    jsonObject(f.table, object, false);
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    while (n.has("$ref")) {
      n = json.at(n.get("$ref").asString().substring(1));
    }
    return n;
  }

  private static Set<String> names(JsonNode object) {
    return new LinkedHashSet<>(object.propertyNames());
  }

  private static Set<String> strings(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asString()));
    } else {
      out.add(node.asString());
    }
    return out;
  }

  private static List<String> spellings(Field<?> f) {
    List<String> out = new ArrayList<>();
    for (Object e : f.enumType.getEnumConstants()) {
      out.add(JsonWriting.name((Enum<?>) e));
    }
    return out;
  }

  // ---- XSD ----

  private void xmlElement(Table<?> t, Element element) {
    seen.add(t);
    Element type = type(element);
    String at = t.name;
    if (t.content != null) {
      assertThat(element.getAttribute("type")).as(at + " holds text").isEqualTo("text");
      return;
    }
    assertThat(type.getLocalName()).as(at).isEqualTo("complexType");
    List<String> elements = new ArrayList<>();
    Element sequence = child(type, "sequence", null);
    List<Element> declared = sequence == null ? List.of() : children(sequence, "element");
    for (Element e : declared) {
      elements.add(e.getAttribute("name"));
    }
    assertThat(elements).as(at + ": XSD elements in order").isEqualTo(t.elementNames);
    Set<String> attributes = new HashSet<>();
    for (Element a : children(type, "attribute")) {
      String name = a.getAttribute("name");
      attributes.add(name);
      Field<?> f = t.fields.get(t.indexOf(name));
      assertThat("required".equals(a.getAttribute("use")))
          .as(at + "/@" + name + " required")
          .isEqualTo(!f.optional);
      enumeration(at + "/@" + name, f, a);
    }
    assertThat(attributes).as(at + ": XSD attributes").isEqualTo(t.attributeNames);
    for (int i = 0; i < declared.size(); i++) {
      xmlField(t, t.elements.get(i), declared.get(i));
    }
  }

  private void xmlField(Table<?> t, Field<?> f, Element e) {
    String at = t.name + "/" + f.xmlName();
    boolean optional = "0".equals(e.getAttribute("minOccurs"));
    boolean repeats = "unbounded".equals(e.getAttribute("maxOccurs"));
    if (f.place == Field.Place.REPEATED) {
      assertThat(optional && repeats).as(at + " repeats, from none").isTrue();
      xmlElement(f.table, e);
      return;
    }
    assertThat(optional).as(at + " optional").isEqualTo(f.optional);
    if (f.kind == Field.Kind.OBJECT) {
      assertThat(repeats).as(at + " repeats").isFalse();
      xmlElement(f.table, e);
      return;
    }
    if (!f.isList()) {
      assertThat(repeats).as(at + " repeats").isFalse();
      enumeration(at, f, e);
      return;
    }
    Element wrapper = type(e);
    if (f.table != null && f.table.isUnion()) {
      Element choice = child(wrapper, "choice", null);
      assertThat(choice.getAttribute("maxOccurs")).as(at).isEqualTo("unbounded");
      List<Element> variants = children(choice, "element");
      List<String> names = new ArrayList<>();
      variants.forEach(v -> names.add(v.getAttribute("name")));
      assertThat(names).as(at + " variants").isEqualTo(f.table.variantList);
      for (int i = 0; i < variants.size(); i++) {
        xmlElement(f.table.variants.get(i), variants.get(i));
      }
      return;
    }
    List<Element> items = children(child(wrapper, "sequence", null), "element");
    assertThat(items).as(at + " holds one kind of item").hasSize(1);
    Element item = items.get(0);
    assertThat(item.getAttribute("name")).as(at + " item").isEqualTo(f.item);
    assertThat(item.getAttribute("maxOccurs")).as(at + " items").isEqualTo("unbounded");
    if (f.kind == Field.Kind.TEXTS) {
      assertThat(item.getAttribute("type")).as(at + " items hold text").isEqualTo("text");
    } else {
      xmlElement(f.table, item);
    }
  }

  /** Checks the enumeration of an attribute or element against the field's spellings. */
  private void enumeration(String at, Field<?> f, Element declaration) {
    Element simple = type(declaration);
    Element restriction = simple == null ? null : child(simple, "restriction", null);
    List<String> values = new ArrayList<>();
    if (restriction != null) {
      for (Element v : children(restriction, "enumeration")) {
        values.add(v.getAttribute("value"));
      }
    }
    if (f.kind == Field.Kind.ENUM) {
      assertThat(values).as(at + " spellings").isEqualTo(spellings(f));
    } else if (f.name.equals("schema")) {
      assertThat(values).as(at).containsExactly(Contract.SCHEMA);
    } else {
      assertThat(values).as(at + " is no enum").isEmpty();
    }
  }

  /** The type an element or attribute declaration names or holds, or {@code null} for none. */
  private Element type(Element declaration) {
    String name = declaration.getAttribute("type");
    if (name.isEmpty()) {
      Element complex = child(declaration, "complexType", null);
      return complex != null ? complex : child(declaration, "simpleType", null);
    }
    if (name.startsWith("xs:")) {
      return null;
    }
    Element complex = child(xsd, "complexType", name);
    return complex != null ? complex : child(xsd, "simpleType", name);
  }

  private static Element child(Element parent, String localName, String name) {
    for (Element e : children(parent, localName)) {
      if (name == null || name.equals(e.getAttribute("name"))) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && XS.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element xsd() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document doc =
          f.newDocumentBuilder().parse(new InputSource(new StringReader(DebateXml.xmlSchema())));
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the XSD", e);
    }
  }
}
