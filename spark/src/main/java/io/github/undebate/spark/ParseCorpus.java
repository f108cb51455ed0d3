package io.github.undebate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.year;

import io.github.undebate.formats.DebateTables.Column;
import io.github.undebate.formats.DebateTables.ColumnType;
import io.github.undebate.formats.DebateTables.Table;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Parses a folder of records (any path Spark reads: a local folder, {@code hdfs://}, {@code
 * s3a://}) and writes the three tables of {@code undebate parse --format csv} as Parquet, each
 * partitioned by body and year: {@code
 * OUT/statements/body=security_council/year=2020/part-*.parquet}, and {@code OUT/failures} with the
 * records that could not be read and why.
 *
 * <pre>
 * spark-submit --class io.github.undebate.spark.ParseCorpus undebate-spark-example.jar RECORDS OUT
 * </pre>
 *
 * <p>Records are the files whose names end in {@code .txt}, {@code .md}, {@code .html}, {@code
 * .htm} or {@code .pdf}, in the folder and below it, as for {@code undebate parse}; hidden files
 * are skipped. Each record is parsed once, on an executor, by that executor's one parser ({@link
 * ExecutorParser}); its rows of the three tables are kept (memory, else disk) until all three are
 * written.
 */
public final class ParseCorpus {
  private ParseCorpus() {}

  /**
   * Runs the job: {@code args[0]} the records' folder, {@code args[1]} the tables' folder (replaced
   * if it exists).
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ParseCorpus RECORDS_FOLDER TABLES_FOLDER");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("undebate").getOrCreate();
    try {
      Map<Table, Long> rows = run(spark, args[0], args[1]);
      System.out.println("undebate: wrote " + rows + " rows to " + args[1]);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in the given session and returns how many rows each table got. */
  public static Map<Table, Long> run(SparkSession spark, String records, String tables) {
    Dataset<Row> files =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.{txt,md,html,htm,pdf,TXT,MD,HTML,HTM,PDF}")
            .load(records)
            .select("path", "content");
    Dataset<Row> parsed =
        files
            .mapPartitions(new ParsePartition(), Encoders.row(RecordRows.schema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<Table, Long> counts = new EnumMap<>(Table.class);
      for (Table table : Table.values()) {
        Dataset<Row> rows = parsed.select(explode(col(table.fileName())).as("row")).select("row.*");
        for (String date : dateColumns(table)) {
          rows = rows.withColumn(date, col(date).cast("date"));
        }
        counts.put(table, rows.count());
        rows.withColumn("year", year(col("date")))
            .write()
            .mode(SaveMode.Overwrite)
            .partitionBy("body", "year")
            .parquet(tables + "/" + table.fileName());
      }
      parsed
          .where(col("failure").isNotNull())
          .select("path", "failure")
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(tables + "/failures");
      return counts;
    } finally {
      parsed.unpersist();
    }
  }

  /** The file's name, decoded, from the URI Spark gives its path as. */
  static String name(String path) {
    String decoded;
    try {
      decoded = URI.create(path).getPath();
    } catch (IllegalArgumentException e) {
      decoded = path;
    }
    return decoded.substring(decoded.lastIndexOf('/') + 1);
  }

  /** The names of the date columns, which travel as text and are cast on the way out. */
  static List<String> dateColumns(Table table) {
    List<String> out = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c.type() == ColumnType.DATE) {
        out.add(c.name());
      }
    }
    return out;
  }

  /** Parses the records of one partition; holds no state, so Spark ships only its class. */
  private static final class ParsePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return files.hasNext();
        }

        @Override
        public Row next() {
          Row file = files.next();
          String path = file.getString(0);
          byte[] bytes = (byte[]) file.get(1);
          String name = name(path);
          try {
            return RecordRows.of(path, ExecutorParser.parse(name, bytes));
          } catch (Exception | StackOverflowError e) {
            // As the command does: a record that fails is reported, and the job goes on.
            return RecordRows.failed(path, String.valueOf(e.getMessage()));
          }
        }
      };
    }
  }
}
