package io.github.undebate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.undebate.cli.UndebateCommand;
import io.github.undebate.formats.DebateTables.Table;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} over the dev corpus in {@code ../shared/corpus} (skipped where it is
 * not beside the clone), against {@code undebate parse --format csv} over the same folder: the same
 * rows in every table, the same records failed (PDFs without a text layer), and the statements
 * partitioned by body and year.
 */
class ParseCorpusTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("undebate.shared", "../../shared"), "corpus");

  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is at " + CORPUS.toAbsolutePath());
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("undebate-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theJobWritesTheRowsTheCommandWrites() throws IOException, InterruptedException {
    Path csv = dir.resolve("csv");
    // The command in its own JVM, as a user runs it; its standard error names each failure.
    Process cli =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                UndebateCommand.class.getName(),
                "parse",
                "--format",
                "csv",
                "-q",
                "--jobs",
                "2",
                "-o",
                csv.toString(),
                CORPUS.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String errors = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = cli.waitFor();
    // The records the command could not read (PDFs without a text layer) it names, one a line.
    Set<String> failedByCommand = new TreeSet<>();
    for (String line : errors.split("\n")) {
      if (line.startsWith("undebate: ")) {
        String path = line.substring("undebate: ".length(), line.indexOf(": ", 10));
        failedByCommand.add(Path.of(path).getFileName().toString());
      }
    }
    assertThat(exit).isEqualTo(failedByCommand.isEmpty() ? 0 : 1);

    Path parquet = dir.resolve("parquet");
    Map<Table, Long> counts = ParseCorpus.run(spark, CORPUS.toUri().toString(), parquet.toString());

    for (Table table : Table.values()) {
      List<CSVRecord> rows = records(csv.resolve(table.fileName() + ".csv"));
      Dataset<Row> back = spark.read().parquet(parquet.resolve(table.fileName()).toString());
      System.out.printf("%s: %d rows (CSV %d)%n", table.fileName(), counts.get(table), rows.size());
      assertThat(counts.get(table)).as(table.fileName()).isEqualTo(rows.size());
      assertThat(back.count()).as(table.fileName() + " read back").isEqualTo(rows.size());
    }
    assertThat(counts.get(Table.STATEMENTS)).isGreaterThan(300);
    Set<String> failedByJob = new TreeSet<>();
    for (Row r : spark.read().parquet(parquet.resolve("failures").toString()).collectAsList()) {
      failedByJob.add(ParseCorpus.name(r.getString(0)));
    }
    System.out.println("failed: " + failedByJob);
    assertThat(failedByJob).isEqualTo(failedByCommand);

    // The same statements: who (country) and how long (words), as a sorted multiset.
    List<String> fromCsv = new ArrayList<>();
    for (CSVRecord r : records(csv.resolve("statements.csv"))) {
      fromCsv.add(r.get("country") + "|" + r.get("words") + "|" + r.get("date"));
    }
    List<String> fromParquet = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(parquet.resolve("statements").toString())
            .selectExpr("coalesce(country, '')", "words", "coalesce(cast(date as string), '')")
            .collectAsList()) {
      fromParquet.add(r.getString(0) + "|" + r.getInt(1) + "|" + r.getString(2));
    }
    fromCsv.sort(null);
    fromParquet.sort(null);
    assertThat(fromParquet).isEqualTo(fromCsv);

    // Partitioned by body and year, as directories.
    assertThat(parquet.resolve("statements/body=security_council")).isDirectory();
    assertThat(parquet.resolve("votes")).isDirectory();
    try (var years = Files.list(parquet.resolve("statements/body=security_council"))) {
      assertThat(years.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("year="));
    }
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
      return parser.getRecords();
    }
  }
}
