package io.github.undebate.parser.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Source;
import io.github.undebate.core.SourceFormat;
import io.github.undebate.parser.DebateParser;
import io.github.undebate.parser.reliability.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a record parsed from bytes carries its source, so that any output can be joined back to
 * its file: the path as given, the bytes' length and SHA-256, the format and charset found, the
 * version. The digests below are the corpus manifest's, computed apart from undebate.
 */
class ProvenanceTest {
  private static final DebateParser PARSER = DebateParser.create();

  // corpus/MANIFEST.tsv: sc/S_PV.8700_E.txt, 54,059 bytes of UTF-8.
  private static final String S_PV_8700 =
      "577073ab69c2fd87fd326c53f4715726803bdef2b76205b85b2ec3c166d382c0";

  @Test
  void aFileCarriesItsPathAsGivenAndTheDigestOfItsBytes() throws IOException {
    Path file = Corpus.resources().resolve("corpus/sc/S_PV.8700_E.txt");
    Debate d = PARSER.parse(file);

    Source s = d.source().orElseThrow();
    assertThat(s.path()).contains(file.toString());
    assertThat(s.length()).isEqualTo(54_059).isEqualTo(Files.size(file));
    assertThat(s.sha256()).isEqualTo(S_PV_8700);
    assertThat(s.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(s.charset()).contains("UTF-8");
    assertThat(s.undebateVersion()).isEqualTo(Source.currentVersion());
    assertThat(d.symbol()).contains("S/PV.8700");
  }

  @Test
  void aRelativePathStaysRelativeAsGiven() throws IOException {
    // Tests run in parser/, so this is the path a user in that folder would type.
    Path relative = Path.of("src/test/resources/corpus/sc/S_PV.8700_E.txt");
    assertThat(PARSER.parse(relative).source().orElseThrow().path())
        .contains("src/test/resources/corpus/sc/S_PV.8700_E.txt");
  }

  @Test
  void aStreamHasEverythingButAPathAndAStringHasNoSource() throws IOException {
    Path file = Corpus.resources().resolve("corpus/sc/S_PV.8700_E.txt");
    Debate fromFile = PARSER.parse(file);
    Debate fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = PARSER.parse(in);
    }
    Source s = fromStream.source().orElseThrow();
    assertThat(s.path()).isEmpty();
    assertThat(s.sha256()).isEqualTo(S_PV_8700);
    assertThat(s.length()).isEqualTo(54_059);

    Debate fromString = PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(fromString.source()).as("a string has no bytes to describe").isEmpty();
    // Apart from where it came from, the same record.
    assertThat(fromStream.toBuilder().source(null).build()).isEqualTo(fromString);
    assertThat(fromFile.toBuilder().source(null).build()).isEqualTo(fromString);
  }

  @Test
  void anHtmlPageIsFoundToBeHtml() throws IOException {
    // a corpus table page (un.org, GPL-3.0 test data); manifest sha256 3cad9ae9...
    Path page =
        Corpus.resources().resolve("corpus/html/un_org_sc_meetings_table_scact2020_table_en.html");
    Source s = PARSER.parse(page).source().orElseThrow();
    assertThat(s.format()).isEqualTo(SourceFormat.HTML);
    assertThat(s.charset()).contains("UTF-8");
    assertThat(s.length()).isEqualTo(18_780);
    assertThat(s.sha256())
        .isEqualTo("3cad9ae95a82691071fec360ac4b5b60f178ab616e1051a15694887d388bdd2a");
  }

  @Test
  void theCharsetIsTheOneTheBytesWereDecodedWith(@TempDir Path dir) throws IOException {
    String speech = "Monsieur le Président, le Sénégal salue l’« Agenda pour la paix ».\n";
    assertThat(charsetOf(speech.getBytes(Charset.forName("windows-1252"))))
        .contains("windows-1252");
    byte[] utf16 = ("\uFEFF" + speech).getBytes(StandardCharsets.UTF_16LE);
    assertThat(charsetOf(utf16)).contains("UTF-16LE");
    assertThat(charsetOf(speech.getBytes(StandardCharsets.UTF_8))).contains("UTF-8");
    // A file of UTF-8 with one stray Windows-1252 byte is UTF-8; a diagnostic names the byte.
    byte[] stray = (speech + speech + "Council\u0092s").getBytes(Charset.forName("windows-1252"));
    byte[] mixed = concat(speech.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x92});
    assertThat(stray).isNotEmpty();
    assertThat(charsetOf(mixed)).contains("UTF-8");
    Path file = Files.write(dir.resolve("statement.txt"), speech.getBytes(StandardCharsets.UTF_8));
    assertThat(PARSER.parse(file).source().orElseThrow().path()).contains(file.toString());
  }

  private static Optional<String> charsetOf(byte[] bytes) throws IOException {
    return PARSER.parse(new ByteArrayInputStream(bytes)).source().orElseThrow().charset();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
