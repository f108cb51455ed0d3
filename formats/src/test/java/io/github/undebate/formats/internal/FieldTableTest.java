package io.github.undebate.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.undebate.formats.DebateFormatException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four engines on tables of their own, as a new field of the contract will use them: one nested
 * object that may be absent (as {@code vote.totals} and a record's {@code source} are), written and
 * read back in both formats, its faults named at their paths.
 */
class FieldTableTest {
  record Totals(int inFavour, Optional<String> note) {}

  record Box(String name, Optional<Totals> totals, List<String> tags) {}

  static final Table<Totals> TOTALS =
      Table.of(
          "totals",
          Totals.class,
          v -> new Totals(v.get("inFavour"), Optional.ofNullable(v.get("note"))),
          Field.integer("inFavour", Totals::inFavour).attribute(),
          Check.of(
              v -> {
                if (v.<Integer>get("inFavour") < 0) {
                  throw v.problem("inFavour", "must be >= 0");
                }
              },
              "inFavour"),
          Field.optionalText("note", Totals::note));

  static final Table<Box> BOX =
      Table.of(
          "box",
          Box.class,
          v -> new Box(v.get("name"), Optional.ofNullable(v.get("totals")), v.get("tags")),
          Field.text("name", Box::name),
          Field.optionalObject("totals", TOTALS, Box::totals),
          Field.texts("tags", "tag", Box::tags).added());

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Box FULL =
      new Box("a", Optional.of(new Totals(121, Optional.of("n"))), List.of("t"));
  private static final Box EMPTY = new Box("b", Optional.empty(), List.of());

  private static String json(Box box) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      JsonWriting.object(g, BOX, box);
    }
    return out.toString();
  }

  private static Box fromJson(String json) {
    try (JsonParser p = MAPPER.createParser(json)) {
      return JsonReading.read(p, BOX);
    }
  }

  private static String xml(Box box) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    XmlWriting.write(w, BOX, box, false);
    w.close();
    return out.toString();
  }

  private static Box fromXml(String xml) throws XMLStreamException {
    return XmlReading.read(
        XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(xml)),
        BOX,
        16,
        1_000);
  }

  @Test
  void aNestedObjectRoundTripsInJson() {
    assertThat(json(FULL))
        .isEqualTo(
            "{\"name\":\"a\",\"totals\":{\"inFavour\":121,\"note\":\"n\"},\"tags\":[\"t\"]}");
    assertThat(json(EMPTY)).isEqualTo("{\"name\":\"b\",\"totals\":null,\"tags\":[]}");
    assertThat(fromJson(json(FULL))).isEqualTo(FULL);
    assertThat(fromJson(json(EMPTY))).isEqualTo(EMPTY);
    assertThat(fromJson("{\"totals\":null,\"name\":\"b\"}")).isEqualTo(EMPTY);
  }

  @Test
  void aNestedObjectsFaultsAreNamedInJson() {
    assertThatThrownBy(() -> fromJson("{\"name\":\"b\"}"))
        .isInstanceOf(DebateFormatException.class)
        .hasMessage("$.totals: is missing");
    assertThatThrownBy(() -> fromJson("{\"name\":\"b\",\"totals\":3}"))
        .hasMessage("$.totals: must be an object or null, was number 3");
    assertThatThrownBy(
            () -> fromJson("{\"name\":\"b\",\"totals\":{\"inFavour\":\"x\",\"note\":null}}"))
        .hasMessage("$.totals.inFavour: must be an integer, was string \"x\"");
    assertThatThrownBy(
            () -> fromJson("{\"name\":\"b\",\"totals\":{\"inFavour\":-1,\"note\":null}}"))
        .hasMessage("$.totals.inFavour: must be >= 0");
  }

  @Test
  void aNestedObjectRoundTripsInXml() throws XMLStreamException {
    String full = xml(FULL);
    assertThat(full)
        .endsWith(
            "<box xmlns=\""
                + XmlWriting.NAMESPACE
                + "\"><name>a</name>"
                + "<totals inFavour=\"121\"><note>n</note></totals><tags><tag>t</tag></tags></box>");
    assertThat(fromXml(full)).isEqualTo(FULL);
    assertThat(xml(EMPTY)).doesNotContain("totals");
    assertThat(fromXml(xml(EMPTY))).isEqualTo(EMPTY);
  }

  @Test
  void aNestedObjectsFaultsAreNamedInXml() throws XMLStreamException {
    String full = xml(FULL);
    assertThatThrownBy(() -> fromXml(full.replace("inFavour=\"121\"", "inFavour=\"-1\"")))
        .isInstanceOf(DebateFormatException.class)
        .hasMessageStartingWith("/box/totals/@inFavour: must be >= 0 (line 1, column ");
    assertThatThrownBy(() -> fromXml(full.replace("<note>n</note>", "<note> </note>")))
        .hasMessage("/box/totals/note: must not be blank");
  }
}
