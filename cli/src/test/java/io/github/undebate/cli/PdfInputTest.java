package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the CLI reads PDFs in files and folders and counts them in {@code stats}; a scan is a
 * failure of its own file that names the cure. The PDFs are the shared corpus's.
 */
class PdfInputTest {
  private static final Path PDF =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus", "pdf");

  @TempDir Path dir;

  @Test
  void aFolderOfPdfsIsParsedAndAScanFailsAlone() throws IOException {
    assumeTrue(Files.isDirectory(PDF), "the shared corpus is at " + PDF.toAbsolutePath());
    Path folder = Files.createDirectories(dir.resolve("pdfs"));
    Files.copy(PDF.resolve("sc/S_PV.8701_E.pdf"), folder.resolve("S_PV.8701_E.pdf"));
    Files.copy(PDF.resolve("delivered/gadebate2024_ps_ar.pdf"), folder.resolve("scan.pdf"));

    Cli cli = Cli.run("parse", "--format", "jsonl", folder.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.out.lines()).hasSize(1);
    assertThat(cli.out).contains("\"symbol\":\"S/PV.8701\"");
    assertThat(cli.err)
        .contains("scan.pdf: no text layer: the PDF is a scan; run OCR first")
        .contains("2 files: 1 parsed, 1 failed");
  }

  @Test
  void statsCountsPdfs() throws IOException {
    assumeTrue(Files.isDirectory(PDF), "the shared corpus is at " + PDF.toAbsolutePath());
    Path folder = Files.createDirectories(dir.resolve("pdfs"));
    Files.copy(PDF.resolve("sc/S_PV.8701_E.pdf"), folder.resolve("S_PV.8701_E.pdf"));

    Cli cli = Cli.run("stats", "--by", "country", folder.toString());

    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(cli.out).contains("Viet Nam\t1\t2\t");
  }
}
