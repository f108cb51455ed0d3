package io.github.undebate.examples.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateJson;
import io.github.undebate.formats.DebateXml;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record of the dev corpus and the seed, as the parser reads it, written as JSON, native XML
 * and Akoma Ntoso: each output validates against its schema (the published JSON Schema, the
 * published XSD, the official OASIS Akoma Ntoso XSD), and JSON and XML read back to the same model.
 *
 * <p>The records are read in place from the parser module's copy of the corpus ({@code
 * parser/src/test/resources/corpus/}, sources in its {@code SOURCE.md} and {@code MANIFEST.tsv};
 * the seed beside it in {@code seed/}), found from this module's directory, where Surefire runs.
 */
class CorpusFormatsTest {
  private static final DebateParser PARSER = DebateParser.create();
  private static final DebateJson JSON = DebateJson.create();
  private static final DebateXml XML = DebateXml.create();
  private static final AkomaNtoso AKN = AkomaNtoso.create();

  private static final Path RESOURCES =
      Path.of("").toAbsolutePath().resolveSibling("parser").resolve("src/test/resources");

  static Stream<Path> records() throws IOException {
    Path corpus = RESOURCES.resolve("corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException(
          "the corpus is not at "
              + corpus
              + "; these tests run from the examples module's directory");
    }
    List<Path> records = new ArrayList<>();
    records.add(RESOURCES.resolve("seed/belarus-csto-statement.txt"));
    for (String folder : List.of("sc", "ga", "delivered", "website", "pv", "html")) {
      try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
        files.filter(Files::isRegularFile).sorted().forEach(records::add);
      }
    }
    assertThat(records).as("the seed and the corpus records").hasSizeGreaterThan(30);
    return records.stream();
  }

  private static Debate parse(Path record) throws IOException {
    if (record.toString().endsWith(".html")) {
      return PARSER.parseHtml(Files.readString(record, StandardCharsets.UTF_8));
    }
    return PARSER.parse(record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void jsonValidatesAndReadsBack(Path record) throws IOException {
    Debate d = parse(record);
    String json = JSON.write(d);
    assertThat(FormatSchemas.jsonProblems(json))
        .as("JSON of %s against undebate-1.schema.json", record.getFileName())
        .isEmpty();
    assertThat(JSON.read(json)).as("JSON of %s reads back", record.getFileName()).isEqualTo(d);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void nativeXmlValidatesAndReadsBack(Path record) throws IOException {
    Debate d = parse(record);
    String xml = XML.write(d);
    assertThat(FormatSchemas.nativeXmlProblem(xml))
        .as("XML of %s against undebate-1.xsd", record.getFileName())
        .isNull();
    assertThat(XML.read(xml)).as("XML of %s reads back", record.getFileName()).isEqualTo(d);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void akomaNtosoValidatesAgainstTheOasisSchema(Path record) throws IOException {
    Debate d = parse(record);
    String xml = AKN.write(d);
    assertThat(FormatSchemas.aknProblem(xml))
        .as("Akoma Ntoso of %s against akomantoso30.xsd", record.getFileName())
        .isNull();
    assertThat(xml)
        .contains("<debate name=\"" + d.kind().name().toLowerCase(java.util.Locale.ROOT));
    assertThat(xml.split("<speech ", -1).length - 1)
        .as("a speech per statement in %s", record.getFileName())
        .isEqualTo(d.statements().size());
  }
}
