package org.telecomgrowth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aTableSplitByItsKeyIsMergedIntoTheBytesOfOneGlobalSortWithoutASamplingJob() throws Exception {
    StructType schema = new StructType().add("fit_scope", DataTypes.StringType).add("series_id", DataTypes.StringType)
        .add("origin", DataTypes.IntegerType).add("text", DataTypes.StringType);
    // keys that order differently by UTF-16 unit and by code point (U+FFFD vs an emoji), empty vs null, accents
    String[] ids = {"KEN|mobile", "KEN|mobile|ITU", "ETH", "", null, "\uFFFD", "\uD83D\uDE00", "Côte", "cote", "Z"};
    String[] scopes = {"series", "since_break", null};
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (int rep = 0; rep < 40; rep++) {
      for (String id : ids) {
        for (String scope : scopes) {
          rows.add(RowFactory.create(scope, id, (rep * 37) % 11, n % 5 == 0 ? "line\nbreak, \"q\" " + n : "v" + n));
          n++;
        }
      }
    }
    java.util.Collections.shuffle(rows, new java.util.Random(7));
    Dataset<Row> table = session().createDataFrame(rows, schema).repartition(3);
    List<String> order = List.of("fit_scope", "series_id", "origin", "text");
    assertEquals(List.of("fit_scope", "series_id"), TablePublisher.partitionKey(order, schema));
    FileSystem fs = new Path(tmp.getAbsolutePath()).getFileSystem(session().sparkContext().hadoopConfiguration());

    TablePublisher.write(table, order, fs, new Path(tmp.getAbsolutePath(), "one.csv"),
        new Path(tmp.getAbsolutePath(), "parquet/one"), new Path(tmp.getAbsolutePath(), "_parts/one"), 1);
    java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
    org.apache.spark.scheduler.SparkListener listener = new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart e) {
        jobs.incrementAndGet();
      }
    };
    session().sparkContext().listenerBus().waitUntilEmpty();
    session().sparkContext().addSparkListener(listener);
    // the pipeline's session runs without adaptive execution (Pipeline.session), which makes a job of each shuffle
    String aqe = session().conf().get("spark.sql.adaptive.enabled");
    session().conf().set("spark.sql.adaptive.enabled", "false");
    long written;
    try {
      written = TablePublisher.write(table, order, fs, new Path(tmp.getAbsolutePath(), "split.csv"),
          new Path(tmp.getAbsolutePath(), "parquet/split"), new Path(tmp.getAbsolutePath(), "_parts/split"), 4);
      session().sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      session().sparkContext().removeSparkListener(listener);
      session().conf().set("spark.sql.adaptive.enabled", aqe);
    }

    assertEquals(rows.size(), written);
    assertEquals(1, jobs.get(), "one job: no sampling before the write");
    assertTrue(new File(tmp, "parquet/split").listFiles((d, f) -> f.endsWith(".parquet")).length > 1);
    byte[] one = Files.readAllBytes(new File(tmp, "one.csv").toPath());
    byte[] split = Files.readAllBytes(new File(tmp, "split.csv").toPath());
    assertEquals(new String(one, StandardCharsets.UTF_8), new String(split, StandardCharsets.UTF_8));
    // and that one order is Spark's own global sort
    List<String> expected = new ArrayList<>();
    for (Row r : table.orderBy(order.stream().map(c -> org.apache.spark.sql.functions.col(c).asc_nulls_first())
        .toArray(org.apache.spark.sql.Column[]::new)).collectAsList()) {
      expected.add(r.getString(3));
    }
    List<String> got = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(new File(tmp, "split.csv").toPath(), StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord rec : p) {
        got.add(rec.get("text"));
      }
    }
    assertEquals(expected, got);
  }

  @Test
  void keysCompareAsSparkSortsStrings() {
    assertTrue(TablePublisher.compareKeys(new String[] {null}, new String[] {""}) < 0);
    assertTrue(TablePublisher.compareKeys(new String[] {"\uFFFD"}, new String[] {"\uD83D\uDE00"}) < 0);
    assertTrue(TablePublisher.compareKeys(new String[] {"a", "b"}, new String[] {"a", "c"}) < 0);
    assertTrue(TablePublisher.compareKeys(new String[] {"ab"}, new String[] {"a"}) > 0);
    assertEquals(0, TablePublisher.compareKeys(new String[] {null, "x"}, new String[] {null, "x"}));
    assertEquals(List.of(), TablePublisher.partitionKey(List.of("key"),
        new StructType().add("key", DataTypes.IntegerType)));
    assertEquals(List.of("doc_id"), TablePublisher.partitionKey(List.of("doc_id", "char_start"),
        new StructType().add("doc_id", DataTypes.StringType).add("char_start", DataTypes.IntegerType)));
  }
}
