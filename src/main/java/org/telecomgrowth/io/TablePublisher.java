package org.telecomgrowth.io;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes every table twice into a run folder: DIR/tables/NAME.csv (Commons CSV) and DIR/parquet/NAME/. */
public final class TablePublisher {
  private TablePublisher() {}

  public static void writeAll(Map<String, Dataset<Row>> tables, Map<String, List<String>> orders, FileSystem fs,
      Path runDir, RunManifest manifest) throws IOException {
    Path csvDir = new Path(runDir, "tables");
    fs.mkdirs(csvDir);
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      String name = e.getKey();
      Dataset<Row> rows = e.getValue();
      long n = CsvTableWriter.write(rows, orders.getOrDefault(name, List.of(rows.columns())), fs,
          new Path(csvDir, name + ".csv"));
      rows.write().mode(SaveMode.Overwrite).parquet(new Path(new Path(runDir, "parquet"), name).toString());
      manifest.rows(name, n);
    }
  }
}
