package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.formats.AkomaNtoso;
import io.github.undebate.formats.DebateXml;
import io.github.undebate.parser.DebateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code undebate parse}: what it prints, where it writes, and how it reports failures. */
class ParseCommandTest {

  @TempDir Path dir;

  @Test
  void oneFilePrintsOneJsonDocumentAndNoSummary() throws IOException {
    Path file = record("statement.txt", "We support the draft resolution in document S/2020/24.");

    Cli cli = Cli.run("parse", file.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(Json.documents(cli.out, "schema"))
        .as("one document in the undebate/1 contract")
        .containsExactly(List.of("undebate/1"));
    assertThat(Json.documents(cli.out, "text").get(0))
        .as("the paragraph's text is in the document")
        .anyMatch(t -> t.contains("We support the draft resolution"));
    assertThat(cli.err).as("a single record gets no summary").isEmpty();
  }

  @Test
  void nonLatinTextComesOutAsWritten() throws IOException {
    Path file = record("statement.txt", "Представитель Беларуси: «Мы поддерживаем» — Genève.");

    Cli cli = Cli.run("parse", "--format", "jsonl", file.toString());

    assertThat(cli.out).contains("«Мы поддерживаем» — Genève");
  }

  @Test
  void aMissingFileIsNamedWithItsReasonAndFails() {
    Path missing = dir.resolve("no-such-record.txt");

    Cli cli = Cli.run("parse", missing.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains(missing + ": no such file");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void anEmptyFileFailsWithTheParsersMessage() throws IOException {
    Path empty = record("empty.txt", "  \n\n ");

    Cli cli = Cli.run("parse", empty.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains(empty + ": the input has no text");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadFailsWithTheReason() throws IOException {
    Path notAFolder = record("plain.txt", "Some text.");
    Path unreadable = notAFolder.resolve("record.txt");

    Cli cli = Cli.run("parse", unreadable.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains(unreadable + ": ");
  }

  @Test
  void aBatchGoesOnPastAFailureAndSaysSoInTheSummary() throws IOException {
    Path a = record("a.txt", "First statement.");
    Path missing = dir.resolve("missing.txt");
    Path b = record("b.txt", "Second statement, citing S/2020/25.");
    Path out = dir.resolve("out");

    Cli cli =
        Cli.run(
            "parse",
            "--output-dir",
            out.toString(),
            a.toString(),
            missing.toString(),
            b.toString());

    assertThat(cli.exitCode).as("a failure makes the exit code 1").isEqualTo(1);
    assertThat(out.resolve("a.json")).exists();
    assertThat(out.resolve("b.json")).exists();
    assertThat(cli.err).contains(missing + ": no such file");
    assertThat(cli.err).contains("3 files: 2 parsed, 1 failed; 2 statements");
    assertThat(cli.err).contains("1 citations");
  }

  @Test
  void jsonLinesComeInInputOrderWhateverTheJobs() throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Sizes vary so that the records finish out of order on several threads.
      String body = ("Statement number " + i + ". ").repeat(1 + (40 - i) * 50);
      names.add(record(String.format("r%02d.txt", i), body).toString());
    }
    List<String> args = new ArrayList<>(List.of("parse", "--format", "jsonl", "--jobs", "4", "-q"));
    args.addAll(names);

    Cli cli = Cli.run(args.toArray(String[]::new));

    assertThat(cli.exitCode).as(cli.err).isZero();
    List<String> lines = cli.out.lines().toList();
    assertThat(lines).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(lines.get(i)).as("line " + i).contains("Statement number " + i + ".");
      assertThat(Json.documents(lines.get(i), "schema")).hasSize(1);
    }
    assertThat(cli.err).as("--quiet drops the summary").isEmpty();
  }

  @Test
  void aFolderIsSearchedRecursivelyByExtensionAndItsLayoutKept() throws IOException {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("ga/speech.txt"), "A General Debate speech.");
    write(corpus.resolve("website/remarks.md"), "Remarks at the United Nations.");
    write(corpus.resolve("gold/speech.gold.json"), "{}");
    write(corpus.resolve(".cache/old.txt"), "A stale copy.");
    Path out = dir.resolve("out");

    Cli cli = Cli.run("parse", "-o", out.toString(), corpus.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    try (var files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactlyInAnyOrder("ga/speech.json", "website/remarks.json");
    }
    assertThat(cli.err).contains("2 files: 2 parsed, 0 failed");
  }

  @Test
  void extensionChoosesTheFilesTakenFromAFolder() throws IOException {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("a.txt"), "A text.");
    write(corpus.resolve("b.md"), "A page.");

    Cli cli = Cli.run("parse", "--format", "jsonl", "--extension", "md", corpus.toString());

    assertThat(cli.out.lines()).hasSize(1).first().asString().contains("A page.");
  }

  @Test
  void aFolderWithNoRecordIsNotASuccess() throws IOException {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("speech.docx"), "PK");

    Cli cli = Cli.run("parse", "--format", "jsonl", corpus.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains(corpus + ": no files with the extension txt, md, html, htm, pdf");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsOneLineNotAStackTrace() throws IOException {
    Path file = record("statement.txt", "A statement.");
    Path blocked = record("blocked", "a file where the folder should be");

    Cli cli = Cli.run("parse", "--output-dir", blocked.resolve("out").toString(), file.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).startsWith("undebate: " + blocked).doesNotContain("\tat ");
  }

  @Test
  void xmlAndAkomaNtosoGoOneFilePerRecord() throws IOException {
    Path a = record("a.txt", "We support the draft resolution in document S/2020/24.");
    Path b = record("b.txt", "We abstained on resolution 2504 (2020).");
    Path out = dir.resolve("out");

    Cli xml = Cli.run("parse", "--format", "xml", "-o", out.toString(), a.toString(), b.toString());
    Cli akn = Cli.run("parse", "--format", "akn", "-o", out.toString(), a.toString(), b.toString());

    assertThat(xml.exitCode).as(xml.toString()).isZero();
    assertThat(akn.exitCode).as(akn.toString()).isZero();
    assertThat(DebateXml.create().read(Files.readString(out.resolve("a.xml"))))
        .as("the XML reads back as the record")
        .isEqualTo(DebateParser.create().parse(a));
    assertThat(Files.readString(out.resolve("b.akn.xml")))
        .contains(AkomaNtoso.NAMESPACE)
        .contains("resolution 2504 (2020)");
  }

  @Test
  void oneXmlDocumentGoesToStandardOutputButNotSeveral() throws IOException {
    Path a = record("a.txt", "A first statement.");
    Path b = record("b.txt", "A second statement.");

    Cli one = Cli.run("parse", "--format", "xml", a.toString());
    Cli two = Cli.run("parse", "--format", "akn", a.toString(), b.toString());

    assertThat(one.exitCode).as(one.toString()).isZero();
    assertThat(DebateXml.create().read(one.out).statements()).isNotEmpty();
    assertThat(two.exitCode).as("a usage error").isEqualTo(2);
    assertThat(two.err).contains("use --output-dir");
  }

  @Test
  void twoRecordsWithOneOutputNameDoNotOverwriteEachOther() throws IOException {
    Path first = write(dir.resolve("one/record.txt"), "The first record.");
    Path second = write(dir.resolve("two/record.txt"), "The second record.");
    Path out = dir.resolve("out");

    Cli cli = Cli.run("parse", "-o", out.toString(), first.toString(), second.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(Files.readString(out.resolve("record.json"))).contains("The first record.");
    assertThat(cli.err).contains(second + ": not written: ").contains("output of " + first);
  }

  @Test
  void standardInputIsReadWithNoFileOrWithDash() {
    Cli none = Cli.runWithInput("Read from standard input.", "parse");
    Cli dash = Cli.runWithInput("Read from standard input.", "parse", "-");

    for (Cli cli : List.of(none, dash)) {
      assertThat(cli.exitCode).as(cli.toString()).isZero();
      assertThat(Json.documents(cli.out, "text").get(0)).contains("Read from standard input.");
    }
  }

  @Test
  void emptyStandardInputFailsLikeAnEmptyFile() {
    Cli cli = Cli.runWithInput("", "parse");

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("<stdin>: the input has no text");
  }

  @Test
  void aWrongCommandLineExitsWithTwo() {
    assertThat(Cli.run("parse", "--jobs", "0", "x.txt").exitCode).isEqualTo(2);
    assertThat(Cli.run("parse", "--format", "pdf", "x.txt").exitCode).isEqualTo(2);
    assertThat(Cli.run().exitCode).isEqualTo(2);
  }

  @Test
  void anAbsurdJobCountIsAUsageErrorThatSaysTheRange() throws IOException {
    Path file = record("statement.txt", "A statement.");

    // 2^30 jobs once overflowed the in-flight bound and ended in NoSuchElementException.
    Cli huge = Cli.run("parse", "--jobs", "1073741824", file.toString());
    Cli most = Cli.run("parse", "--jobs", String.valueOf(InputOptions.MAX_JOBS), file.toString());

    assertThat(huge.exitCode).as(huge.toString()).isEqualTo(2);
    assertThat(huge.err)
        .contains("--jobs must be between 1 and " + InputOptions.MAX_JOBS + ", was 1073741824")
        .doesNotContain("NoSuchElementException");
    assertThat(most.exitCode).as("the largest count allowed works: " + most).isZero();
  }

  @Test
  void aSymbolicLinkLoopInAFolderIsReportedAsALoopAndNotFollowed() throws IOException {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("ga/speech.txt"), "A General Debate speech.");
    Path link = Files.createSymbolicLink(corpus.resolve("ga/back"), corpus);

    Cli cli = Cli.run("parse", "--format", "jsonl", corpus.toString());

    assertThat(cli.out.lines()).as("the speech, once").hasSize(1);
    assertThat(cli.err)
        .contains(
            "undebate: "
                + link
                + ": symbolic link loop: it leads back to "
                + corpus.toRealPath()
                + ", which is read already; not followed")
        .doesNotContain("Is a directory");
    assertThat(cli.exitCode).as("like find -L, a loop is not a clean run").isEqualTo(1);
  }

  @Test
  void anOutputThatCannotBeWrittenKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = record("statement.txt", "A statement.");
    Path out = dir.resolve("out");
    // A folder where the output file should go: the rename over it fails.
    Path blocked = Files.createDirectories(out.resolve("statement.json"));
    write(blocked.resolve("keep.txt"), "old");

    Cli cli = Cli.run("parse", "-o", out.toString(), file.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).contains("cannot write " + blocked);
    assertThat(Files.readString(blocked.resolve("keep.txt"))).isEqualTo("old");
    try (var files = Files.list(out)) {
      assertThat(files).as("no temporary file is left").containsExactly(blocked);
    }
  }

  @Test
  void helpAndVersionAreThereAsPicocliDoesThem() {
    Cli help = Cli.run("parse", "--help");
    Cli version = Cli.run("--version");

    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("--output-dir", "--format", "--jobs", "--quiet", "Exit codes");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("undebate ");
  }

  // Issue 19: a page of links or a table is written, but the user is told it holds no speech.
  @Test
  void aPageWithoutASpeechIsKindOtherAndSaidSo() throws IOException {
    StringBuilder index = new StringBuilder();
    for (int meeting = 8700; meeting < 8760; meeting++) {
      index.append("S/PV.").append(meeting).append(" 10 January 2020 SC/14076 Maintenance of");
      index.append(" international peace and security\n");
    }
    Path file = record("meetings.html", index.toString());

    Cli cli = Cli.run("parse", file.toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(Json.documents(cli.out, "kind").get(0)).first().isEqualTo("other");
    assertThat(cli.err).contains(file + ": the text reads as no speech");
    assertThat(Cli.run("parse", "--quiet", file.toString()).err).isEmpty();
  }

  private Path record(String name, String text) throws IOException {
    return write(dir.resolve(name), text);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
