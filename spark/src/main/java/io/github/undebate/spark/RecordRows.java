package io.github.undebate.spark;

import io.github.undebate.core.Debate;
import io.github.undebate.core.Diagnostic;
import io.github.undebate.core.Severity;
import io.github.undebate.formats.DebateTables;
import io.github.undebate.formats.DebateTables.Column;
import io.github.undebate.formats.DebateTables.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One record as one Spark row: its path, why it failed (or null), and its rows of each table as an
 * array of structs whose fields are {@link DebateTables}' columns. Parsing happens once per record;
 * the three tables are taken apart from these rows afterwards.
 */
final class RecordRows {
  private RecordRows() {}

  /** The schema of one table's row: its columns, a date as ISO text (cast to a date later). */
  static StructType schema(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** The schema of a record's row. */
  static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("path", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("failure", DataTypes.StringType, true));
    for (Table table : Table.values()) {
      fields.add(
          DataTypes.createStructField(
              table.fileName(), DataTypes.createArrayType(schema(table), false), false));
    }
    return DataTypes.createStructType(fields);
  }

  /** The row of a record that parsed. */
  static Row of(String path, Debate debate) {
    Object[] values = new Object[2 + Table.values().length];
    values[0] = path;
    values[1] = failure(debate);
    int i = 2;
    for (Table table : Table.values()) {
      List<Row> rows = new ArrayList<>();
      if (values[1] == null) {
        for (List<Object> row : DebateTables.rows(table, debate)) {
          Object[] cells = row.toArray();
          for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof LocalDate d) {
              cells[c] = d.toString();
            }
          }
          rows.add(RowFactory.create(cells));
        }
      }
      values[i++] = CollectionConverters.asScala(rows).toSeq();
    }
    return RowFactory.create(values);
  }

  /** The row of a record that failed: no rows in any table. */
  static Row failed(String path, String failure) {
    Object[] values = new Object[2 + Table.values().length];
    values[0] = path;
    values[1] = failure;
    for (int i = 2; i < values.length; i++) {
      values[i] = CollectionConverters.asScala(new ArrayList<Row>()).toSeq();
    }
    return RowFactory.create(values);
  }

  /**
   * Why the record gives no rows, as {@code undebate parse} decides: an ERROR about the input
   * itself (empty, binary) leaves nothing worth writing.
   */
  private static String failure(Debate debate) {
    for (Diagnostic d : debate.diagnostics()) {
      if (d.severity() == Severity.ERROR && d.code().startsWith("input.")) {
        return d.message();
      }
    }
    return null;
  }

  private static DataType type(Column c) {
    switch (c.type()) {
      case INT:
        return DataTypes.IntegerType;
      case LONG:
        return DataTypes.LongType;
      default:
        return DataTypes.StringType;
    }
  }
}
