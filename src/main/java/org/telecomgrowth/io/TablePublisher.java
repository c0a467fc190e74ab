package org.telecomgrowth.io;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.RDDInfo;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import scala.collection.JavaConverters;

/**
 * Writes every table once into a run folder: DIR/parquet/NAME/ and DIR/tables/NAME.csv, in one Spark pass per
 * table.
 *
 * <p>Each table is sorted by its stable order (a range shuffle, a single range for small tables) and written to Parquet; on the way to the Parquet
 * writer every task also prints its rows through Commons CSV into a part file of its own (part index = rank in the
 * sort), and the driver then joins the parts, header first, into the one CSV file the contract names. So a table is
 * computed once, every writer runs in parallel in the tasks, and the driver only copies bytes. The row count comes
 * from an accumulator updated in the final stage (counted once per partition, also when a task is retried).
 */
public final class TablePublisher {
  private TablePublisher() {}

  /** Folder (under the run folder) of the CSV parts while a table is written; removed afterwards. */
  static final String PARTS = "_csv_parts";

  /**
   * Writes the tables and returns them read back from their Parquet files (same names, same schemas): later
   * readers (quality gates, report) then start from the files, with short plans and no recomputation.
   */
  public static Map<String, Dataset<Row>> writeAll(Map<String, Dataset<Row>> tables,
      Map<String, List<String>> orders, FileSystem fs, Path runDir, RunManifest manifest) throws IOException {
    Path csvDir = new Path(runDir, "tables");
    fs.mkdirs(csvDir);
    Map<String, Dataset<Row>> written = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      String name = e.getKey();
      Dataset<Row> rows = e.getValue();
      Path parquet = new Path(new Path(runDir, "parquet"), name);
      long n = write(rows, orders.getOrDefault(name, List.of(rows.columns())), fs, new Path(csvDir, name + ".csv"),
          parquet, new Path(new Path(runDir, PARTS), name));
      manifest.rows(name, n);
      written.put(name, rows.sparkSession().read().schema(rows.schema()).parquet(parquet.toString()));
    }
    fs.delete(new Path(runDir, PARTS), true);
    return written;
  }

  /** Writes {@code rows} sorted by {@code orderBy} to {@code parquet} and {@code csv}; returns the row count. */
  static long write(Dataset<Row> rows, List<String> orderBy, FileSystem fs, Path csv, Path parquet, Path parts)
      throws IOException {
    return write(rows, orderBy, fs, csv, parquet, parts, partitions(rows));
  }

  /** As above, sorted into {@code ranges} ranges (one CSV part each). */
  static long write(Dataset<Row> rows, List<String> orderBy, FileSystem fs, Path csv, Path parquet, Path parts,
      int ranges) throws IOException {
    SparkSession spark = rows.sparkSession();
    Column[] order = orderBy.stream().map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
    StructType schema = rows.schema();
    LongAccumulator count = spark.sparkContext().longAccumulator("rows " + csv.getName());
    Broadcast<SerializableConfiguration> conf = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
        .broadcast(new SerializableConfiguration(fs.getConf()));
    fs.delete(parts, true);
    fs.mkdirs(parts);
    String partsDir = fs.makeQualified(parts).toString();
    String[] header = rows.columns();
    rows.repartitionByRange(ranges, order).sortWithinPartitions(order)
        .mapPartitions((MapPartitionsFunction<Row, Row>) it -> new CsvPart(it, partsDir, header, conf.value(), count),
            Encoders.row(schema))
        .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    conf.destroy();
    concatenate(fs, parts, header, csv);
    return count.value();
  }

  /** Bytes of (estimated) table per sorted partition. */
  static final long BYTES_PER_PARTITION = 64L << 20;

  /**
   * How many ranges to sort a table into: one per {@value #BYTES_PER_PARTITION} bytes its inputs hold, at most
   * spark.sql.shuffle.partitions. The inputs are the plan's leaves: a checkpoint counts the bytes it holds (the
   * block manager knows them), a file or local relation the optimizer's size (the estimate of a join's or a typed
   * map's output is no guide). A table that fits in one range is sorted without the sampling job a range
   * partitioning otherwise starts. The estimate only decides parallelism, never the result.
   */
  static int partitions(Dataset<Row> rows) {
    SparkSession spark = rows.sparkSession();
    int max = Math.max(1, spark.sessionState().conf().numShufflePartitions());
    Map<Integer, Long> held = new HashMap<>();
    for (RDDInfo info : spark.sparkContext().getRDDStorageInfo()) {
      held.put(info.id(), info.memSize() + info.diskSize());
    }
    BigInteger size = BigInteger.ZERO;
    for (LogicalPlan leaf : JavaConverters.seqAsJavaList(rows.queryExecution().optimizedPlan().collectLeaves())) {
      Long bytes = leaf instanceof LogicalRDD ? held.get(((LogicalRDD) leaf).rdd().id()) : null;
      size = size.add(bytes != null ? BigInteger.valueOf(bytes) : leaf.stats().sizeInBytes().bigInteger());
    }
    long ranges = size.divide(BigInteger.valueOf(BYTES_PER_PARTITION)).min(BigInteger.valueOf(max)).longValue() + 1;
    return (int) Math.min(max, ranges);
  }

  /** The header line, then the part files in part order, into {@code csv}. */
  private static void concatenate(FileSystem fs, Path parts, String[] header, Path csv) throws IOException {
    List<Path> files = new ArrayList<>();
    for (FileStatus s : fs.listStatus(parts)) {
      if (s.getPath().getName().endsWith(".csv")) {
        files.add(s.getPath());
      }
    }
    files.sort((a, b) -> a.getName().compareTo(b.getName()));
    try (OutputStream out = fs.create(csv, true)) {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(w, CsvTableWriter.FORMAT);
      printer.printRecord(Arrays.asList(header));
      printer.flush();
      for (Path p : files) {
        try (InputStream in = fs.open(p)) {
          IOUtils.copyBytes(in, out, 1 << 16, false);
        }
      }
    }
  }

  /**
   * Passes a partition's rows through unchanged while printing them as CSV (no header) into
   * {@code part-NNNNN.csv}; the file is written under a temporary name and renamed when the partition ends, so a
   * retried task replaces, never appends to, its part.
   */
  private static final class CsvPart implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final LongAccumulator count;
    private final FileSystem fs;
    private final Path tmp;
    private final Path done;
    private final CSVPrinter printer;
    private long n;
    private boolean closed;

    CsvPart(Iterator<Row> rows, String dir, String[] header, SerializableConfiguration conf, LongAccumulator count)
        throws IOException {
      this.rows = rows;
      this.count = count;
      TaskContext task = TaskContext.get();
      Path parent = new Path(dir);
      this.fs = parent.getFileSystem(conf.value());
      String part = String.format("part-%05d", task.partitionId());
      this.tmp = new Path(parent, "." + part + "-" + task.taskAttemptId() + ".tmp");
      this.done = new Path(parent, part + ".csv");
      this.printer = new CSVPrinter(new OutputStreamWriter(fs.create(tmp, true), StandardCharsets.UTF_8),
          CsvTableWriter.FORMAT);
    }

    @Override
    public boolean hasNext() {
      boolean more = rows.hasNext();
      if (!more && !closed) {
        closed = true;
        try {
          printer.close();
          fs.delete(done, false);
          if (!fs.rename(tmp, done)) {
            throw new IOException("cannot rename " + tmp + " to " + done);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        count.add(n);
      }
      return more;
    }

    @Override
    public Row next() {
      Row r = rows.next();
      try {
        CsvTableWriter.print(printer, r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      n++;
      return r;
    }
  }
}
