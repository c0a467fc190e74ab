package org.telecomgrowth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
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

class CsvTableWriterTest extends SparkTestBase {

  @TempDir
  File tmp;

  @Test
  void roundTripsSortedRowsAndNeutralisesFormulaCells() throws Exception {
    StructType schema = new StructType()
        .add("name", DataTypes.StringType)
        .add("value", DataTypes.DoubleType);
    Dataset<Row> rows = session().createDataFrame(Arrays.asList(
        RowFactory.create("b, with \"quotes\"", 1180000.0),
        RowFactory.create("=HYPERLINK(\"x\")", -2.5),
        RowFactory.create("a\nnew line", 11.73)), schema);
    Path file = new Path(tmp.getAbsolutePath(), "t.csv");
    FileSystem fs = file.getFileSystem(session().sparkContext().hadoopConfiguration());

    long n = CsvTableWriter.write(rows, List.of("name"), fs, file);

    assertEquals(3, n);
    try (Reader r = Files.newBufferedReader(new File(tmp, "t.csv").toPath(), StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      List<CSVRecord> recs = p.getRecords();
      assertEquals(List.of("name", "value"), p.getHeaderNames());
      assertEquals("'=HYPERLINK(\"x\")", recs.get(0).get("name"));
      assertEquals("-2.5", recs.get(0).get("value"));
      assertEquals("a\nnew line", recs.get(1).get("name"));
      assertEquals("11.73", recs.get(1).get("value"));
      assertEquals("b, with \"quotes\"", recs.get(2).get("name"));
      assertEquals("1180000", recs.get(2).get("value"));
    }
  }
}
