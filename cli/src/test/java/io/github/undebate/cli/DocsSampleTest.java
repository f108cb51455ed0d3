package io.github.undebate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.undebate.formats.DebateJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON a user reads in {@code docs/} and the README is what undebate writes today: the sample
 * is the command's output byte for byte, every key in it is documented, and the README's excerpt is
 * taken from it. Run from {@code cli/}, so the repository's root is {@code ..}.
 */
class DocsSampleTest {
  private static final Path ROOT = Path.of("..");
  private static final String FOLDER = "examples/src/main/resources/io/github/undebate/examples";
  private static final String RECORD = FOLDER + "/belarus-csto-statement.txt";
  private static final Path SAMPLE = ROOT.resolve("docs/samples/belarus-csto-statement.json");
  private static final Path CONTRACT = ROOT.resolve("docs/debate-json.md");

  @Test
  void theSampleIsWhatParseWritesToday() throws IOException {
    Cli cli = Cli.run("parse", ROOT.resolve(RECORD).toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    // The sample is written from the repository's root, this test runs in cli/: the source's
    // path is the one given on each command line. The version changes with every release.
    String out =
        cli.out.replace(
            "\"path\" : \"" + ROOT.resolve(RECORD) + "\"", "\"path\" : \"" + RECORD + "\"");
    assertThat(anyVersion(out))
        .as(
            "docs/samples/belarus-csto-statement.json is out of date; after an intended change of"
                + " output, write it again from the repository's root: ./undebate parse "
                + RECORD
                + " > docs/samples/belarus-csto-statement.json")
        .isEqualTo(anyVersion(read(SAMPLE)));
  }

  /** The JSON with the version of undebate that wrote it left out. */
  private static String anyVersion(String json) {
    return json.replaceAll("\"undebateVersion\" : \"[^\"]*\"", "\"undebateVersion\" : \"*\"");
  }

  @Test
  void everyKeyOfTheSampleIsDocumentedAndNoneIsListedAsNotYetWritten() throws IOException {
    String doc = read(CONTRACT);
    int pending = doc.indexOf("## Agreed but not yet written");
    assertThat(pending).as("the contract has its section of keys not yet written").isPositive();
    Set<String> documented = codeWords(doc.substring(doc.indexOf("## The fields"), pending));
    Set<String> notYetWritten = new HashSet<>();
    Matcher row =
        Pattern.compile("^\\| `(?:[a-z]+\\.)*([A-Za-z]+)`", Pattern.MULTILINE)
            .matcher(doc.substring(doc.indexOf("### New keys"), doc.indexOf("### New values")));
    while (row.find()) {
      notYetWritten.add(row.group(1));
    }

    Set<String> keys = keys(read(SAMPLE));

    assertThat(keys).hasSizeGreaterThan(30);
    assertThat(documented).as("the fields documented in docs/debate-json.md").containsAll(keys);
    for (String key : notYetWritten) {
      assertThat(keys)
          .as("keys written now belong in the table of fields, not under 'not yet written'")
          .doesNotContain(key);
    }
  }

  @Test
  void theContractsExampleIsAValidDebate() throws IOException {
    Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(read(CONTRACT));
    assertThat(json.find()).isTrue();

    assertThat(DebateJson.create().read(json.group(1)).symbol()).contains("S/PV.8700");
  }

  @Test
  void theReadmesJsonIsAnExcerptOfTheSampleInOrder() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    Matcher block =
        Pattern.compile(
                "<!-- excerpt: docs/samples/belarus-csto-statement.json -->\\s*```json\\n(.*?)```",
                Pattern.DOTALL)
            .matcher(readme);
    assertThat(block.find()).as("the README shows an excerpt of the sample").isTrue();
    List<String> sample = read(SAMPLE).lines().toList();

    int at = 0;
    for (String line : block.group(1).lines().toList()) {
      if (line.strip().equals("...")) {
        continue; // lines left out
      }
      int found = sample.subList(at, sample.size()).indexOf(line);
      assertThat(found)
          .as("README line \"%s\" is a later line of the sample", line)
          .isNotNegative();
      at += found + 1;
    }
  }

  @Test
  void theExamplesReadmesStatsExampleIsWhatStatsPrints() throws IOException {
    String command = "./undebate stats --extension txt " + FOLDER;
    String readme = read(ROOT.resolve("examples/README.md"));
    int at = readme.indexOf("For example, `" + command + "`");
    assertThat(at).as("examples/README.md shows " + command).isNotNegative();
    Matcher block = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find(at)).isTrue();
    List<String> shown = block.group(1).lines().toList();
    int gap = shown.indexOf("...");

    Cli cli = Cli.run("stats", "--extension", "txt", ROOT.resolve(FOLDER).toString());

    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.out.lines().toList()).startsWith(shown.subList(0, gap).toArray(String[]::new));
    assertThat(cli.err.strip()).isEqualTo(shown.get(shown.size() - 1));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The words inside {@code `code`} spans of some Markdown. */
  private static Set<String> codeWords(String markdown) {
    Set<String> words = new HashSet<>();
    Matcher code = Pattern.compile("`([^`]+)`").matcher(markdown);
    while (code.find()) {
      for (String w : code.group(1).split("[^A-Za-z0-9_]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** Every property name in a JSON document, at any depth. */
  private static Set<String> keys(String json) {
    Set<String> keys = new HashSet<>();
    try (JsonParser p =
        JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          keys.add(p.currentName());
        }
      }
    }
    return keys;
  }
}
