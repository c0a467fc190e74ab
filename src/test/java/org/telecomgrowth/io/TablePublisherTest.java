package org.telecomgrowth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.SparkTestBase;

class TablePublisherTest extends SparkTestBase {

  @TempDir
  File tmp;

  @Test
  void csvPartsPrintedInTheTasksJoinIntoOneSortedFileEqualToTheParquet() throws Exception {
    StructType schema = new StructType().add("key", DataTypes.IntegerType).add("text", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 999; i >= 0; i--) {
      rows.add(RowFactory.create(i, i % 7 == 0 ? "line\nbreak, \"quoted\" " + i : "=formula" + i));
    }
    Dataset<Row> table = session().createDataFrame(rows, schema).repartition(5);
    Path csv = new Path(tmp.getAbsolutePath(), "t.csv");
    Path parquet = new Path(tmp.getAbsolutePath(), "parquet/t");
    Path parts = new Path(tmp.getAbsolutePath(), "_parts/t");
    FileSystem fs = csv.getFileSystem(session().sparkContext().hadoopConfiguration());

    long n = TablePublisher.write(table, List.of("key"), fs, csv, parquet, parts, 4);

    assertEquals(1000, n);
    try (Reader r = Files.newBufferedReader(new File(tmp, "t.csv").toPath(), StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      assertEquals(List.of("key", "text"), p.getHeaderNames());
      List<CSVRecord> recs = p.getRecords();
      assertEquals(1000, recs.size());
      for (int i = 0; i < 1000; i++) {
        assertEquals(String.valueOf(i), recs.get(i).get("key"));
        assertEquals(i % 7 == 0 ? "line\nbreak, \"quoted\" " + i : "'=formula" + i, recs.get(i).get("text"));
      }
    }
    assertEquals(1000, session().read().parquet(parquet.toString()).count());
    assertEquals(1000, session().read().parquet(parquet.toString()).select("key").distinct().count());
  }
}
