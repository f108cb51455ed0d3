package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Source;
import io.github.undebate.core.SourceFormat;
import io.github.undebate.formats.DebateJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: every line of {@code --format jsonl} says which file it came from, by the path as given
 * on the command line (or found in a folder given so), with the digest of its bytes; XML and Akoma
 * Ntoso carry the same.
 */
class ProvenanceOutputTest {
  private static final Path SEED =
      Path.of(
          "../examples/src/main/resources/io/github/undebate/examples/belarus-csto-statement.txt");
  private static final Path PDF =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus", "pdf");

  @TempDir Path dir;

  @Test
  void eachJsonLinesRecordNamesItsFileAsGivenWithTheDigestOfItsBytes() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("records"));
    Files.copy(SEED, folder.resolve("a.txt"));
    Files.writeString(folder.resolve("b.txt"), "Mr. President,\n\nWe condemn this.\n");

    Cli cli = Cli.run("parse", "--format", "jsonl", "--jobs", "1", folder.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    List<String> lines = cli.out.lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      Source s = DebateJson.create().read(line).source().orElseThrow();
      Path file = Path.of(s.path().orElseThrow());
      assertThat(file.getParent()).isEqualTo(folder);
      byte[] bytes = Files.readAllBytes(file);
      assertThat(s.length()).isEqualTo(bytes.length);
      assertThat(s.sha256()).isEqualTo(sha256(bytes));
      assertThat(s.format()).isEqualTo(SourceFormat.TEXT);
      assertThat(s.charset()).contains("UTF-8");
    }
  }

  @Test
  void aFileNamedOnTheCommandLineKeepsThePathAsTyped() {
    Cli cli = Cli.run("parse", "--format", "jsonl", SEED.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.out).contains("\"source\":{\"path\":\"" + SEED + "\",\"length\":5939,");
  }

  @Test
  void standardInputHasNoPath() {
    Cli cli = Cli.runWithInput("Mr. President,\n\nWe condemn this.\n", "parse", "-");

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    Source s = DebateJson.create().read(cli.out).source().orElseThrow();
    assertThat(s.path()).isEmpty();
    assertThat(s.length()).isEqualTo(33);
  }

  @Test
  void xmlAndAkomaNtosoCarryTheSourceToo() {
    Cli xml = Cli.run("parse", "--format", "xml", SEED.toString());
    assertThat(xml.out)
        .contains("<source length=\"5939\" format=\"text\">")
        .contains("<path>" + SEED + "</path>");
    Cli akn = Cli.run("parse", "--format", "akn", SEED.toString());
    assertThat(akn.out)
        .contains("<proprietary source=\"#undebate\">")
        .contains("<source xmlns=\"https://github.com/undebate/undebate/ns/undebate-1\"");
  }

  @Test
  void aPdfIsAPdfWithoutACharset() throws IOException {
    assumeTrue(Files.isDirectory(PDF), "the shared corpus is at " + PDF.toAbsolutePath());
    Path pdf = Files.copy(PDF.resolve("sc/S_PV.8701_E.pdf"), dir.resolve("S_PV.8701_E.pdf"));

    Cli cli = Cli.run("parse", "--format", "jsonl", pdf.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    Debate d = DebateJson.create().read(cli.out);
    Source s = d.source().orElseThrow();
    assertThat(s.format()).isEqualTo(SourceFormat.PDF);
    assertThat(s.charset()).isEmpty();
    assertThat(s.length()).isEqualTo(Files.size(pdf));
    assertThat(d.symbol()).contains("S/PV.8701");
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
