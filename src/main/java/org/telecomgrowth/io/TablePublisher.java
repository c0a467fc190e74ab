package org.telecomgrowth.io;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
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
 * <p>A small table is sorted by its stable order in one partition. A larger one is split by a hash of its
 * <em>partition key</em> (the order's leading string columns up to its first identifier: doc_id, series_id,
 * country_iso3 or path; rows with equal keys share a partition) and sorted within each partition; no sampling
 * job, so the number of Spark jobs does not depend on a table's size. On the way to the Parquet writer every
 * task also prints its rows through Commons CSV into a part file of its own, with a side file of each record's
 * key and length; the driver then joins the parts, header first, into the one CSV file the contract names: by a
 * merge on the keys (the order of Spark's sort: nulls first, then strings by code point) when the table was
 * split, else in part order. Either way the CSV is the whole table in its stable order, the same bytes whatever
 * the number of partitions; the driver only compares keys and copies bytes. So a table is computed once and
 * every writer runs in parallel in the tasks. A table whose order has no such key is range-partitioned (Spark
 * samples it first). The row count comes from an accumulator updated in the final stage (counted once per
 * partition, also when a task is retried).
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
    OutputFiles.mkdirs(fs, csvDir);
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
    OutputFiles.mkdirs(fs, parts);
    String partsDir = fs.makeQualified(parts).toString();
    String[] header = rows.columns();
    List<String> key = ranges > 1 ? partitionKey(orderBy, schema) : List.of();
    Dataset<Row> arranged = key.isEmpty() ? rows.repartitionByRange(ranges, order)
        : rows.repartition(ranges, key.stream().map(c -> coalesce(col(c), lit(""))).toArray(Column[]::new));
    int[] keyIndex = key.stream().mapToInt(schema::fieldIndex).toArray();
    arranged.sortWithinPartitions(order)
        .mapPartitions((MapPartitionsFunction<Row, Row>) it -> new CsvPart(it, partsDir, keyIndex, conf.value(),
            count), Encoders.row(schema))
        .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    conf.destroy();
    if (key.isEmpty()) {
      concatenate(fs, parts, header, csv);
    } else {
      merge(fs, parts, header, csv, keyIndex.length);
    }
    return count.value();
  }

  /** Columns that identify a document, a series, a country or a file: a partition key ends at the first. */
  static final Set<String> IDENTIFIERS = Set.of("doc_id", "series_id", "country_iso3", "path");

  /**
   * The leading string columns of {@code orderBy} up to and including its first {@link #IDENTIFIERS identifier}
   * (e.g. fit_scope, series_id), or empty when the order has none there.
   */
  static List<String> partitionKey(List<String> orderBy, StructType schema) {
    List<String> key = new ArrayList<>();
    for (String c : orderBy) {
      if (!(schema.apply(c).dataType() instanceof org.apache.spark.sql.types.StringType)) {
        return List.of();
      }
      key.add(c);
      if (IDENTIFIERS.contains(c)) {
        return key;
      }
    }
    return List.of();
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

  /** The CSV parts of a table, in part order. */
  private static List<Path> partFiles(FileSystem fs, Path parts) throws IOException {
    List<Path> files = new ArrayList<>();
    for (FileStatus s : fs.listStatus(parts)) {
      if (s.getPath().getName().endsWith(".csv")) {
        files.add(s.getPath());
      }
    }
    files.sort((a, b) -> a.getName().compareTo(b.getName()));
    return files;
  }

  private static void printHeader(OutputStream out, String[] header) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(w, CsvTableWriter.FORMAT);
    printer.printRecord(Arrays.asList(header));
    printer.flush();
  }

  /** The header line, then the part files in part order, into {@code csv}. */
  private static void concatenate(FileSystem fs, Path parts, String[] header, Path csv) throws IOException {
    List<Path> files = partFiles(fs, parts);
    try (OutputStream out = OutputFiles.create(fs, csv)) {
      printHeader(out, header);
      for (Path p : files) {
        try (InputStream in = fs.open(p)) {
          IOUtils.copyBytes(in, out, 1 << 16, false);
        }
      }
    }
  }

  /** Orders keys as Spark's ascending sort with nulls first does: null first, then by code point (UTF-8 bytes). */
  static int compareKeys(String[] a, String[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == null || b[i] == null) {
        if (a[i] != b[i]) {
          return a[i] == null ? -1 : 1;
        }
        continue;
      }
      int c = compareCodePoints(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return i < a.length() ? 1 : j < b.length() ? -1 : 0;
  }

  /** One part's next record during the merge: its key, and its bytes still to copy from {@code data}. */
  private static final class Head {
    final int part;
    final DataInputStream keys;
    final InputStream data;
    String[] key;
    int length;

    Head(int part, DataInputStream keys, InputStream data) {
      this.part = part;
      this.keys = keys;
      this.data = data;
    }

    /** Reads the next record's key and length; false at the end of the part. */
    boolean advance(int width) throws IOException {
      if (keys.read() < 0) {
        return false;
      }
      key = new String[width];
      for (int i = 0; i < width; i++) {
        key[i] = keys.readBoolean() ? readString(keys) : null;
      }
      length = keys.readInt();
      return true;
    }
  }

  /**
   * The header line, then the records of every part merged by their keys (a part's own records keep their order;
   * records with equal keys all come from one part), into {@code csv}.
   */
  private static void merge(FileSystem fs, Path parts, String[] header, Path csv, int width) throws IOException {
    List<Path> files = partFiles(fs, parts);
    List<Head> heads = new ArrayList<>();
    try (OutputStream out = OutputFiles.create(fs, csv)) {
      printHeader(out, header);
      PriorityQueue<Head> queue = new PriorityQueue<>(
          Comparator.<Head, String[]>comparing(h -> h.key, TablePublisher::compareKeys).thenComparingInt(h -> h.part));
      for (int i = 0; i < files.size(); i++) {
        Path data = files.get(i);
        Head h = new Head(i, new DataInputStream(new BufferedInputStream(fs.open(keysOf(data)), 1 << 16)),
            new BufferedInputStream(fs.open(data), 1 << 16));
        heads.add(h);
        if (h.advance(width)) {
          queue.add(h);
        }
      }
      byte[] buf = new byte[1 << 16];
      while (!queue.isEmpty()) {
        Head h = queue.poll();
        for (int left = h.length; left > 0; ) {
          int n = h.data.read(buf, 0, Math.min(buf.length, left));
          if (n < 0) {
            throw new IOException("CSV part " + files.get(h.part) + " is shorter than its keys say");
          }
          out.write(buf, 0, n);
          left -= n;
        }
        if (h.advance(width)) {
          queue.add(h);
        }
      }
    } finally {
      for (Head h : heads) {
        h.keys.close();
        h.data.close();
      }
    }
  }

  private static Path keysOf(Path csvPart) {
    String name = csvPart.getName();
    return new Path(csvPart.getParent(), name.substring(0, name.length() - ".csv".length()) + ".keys");
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * Passes a partition's rows through unchanged while printing them as CSV (no header) into
   * {@code part-NNNNN.csv}, and, when the table is split by a key, each record's key and byte length into
   * {@code part-NNNNN.keys}; the files are written under temporary names and renamed when the partition ends, so
   * a retried task replaces, never appends to, its part.
   */
  private static final class CsvPart implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final LongAccumulator count;
    private final FileSystem fs;
    private final int[] keyIndex;
    private final Path tmp;
    private final Path done;
    private final Path keysTmp;
    private final Path keysDone;
    private final OutputStream data;
    private final DataOutputStream keys;
    /** Prints into the part file directly, or (keyed) into {@link #record}, one record at a time. */
    private final CSVPrinter printer;
    private final StringBuilder record = new StringBuilder();
    private long n;
    private boolean closed;

    CsvPart(Iterator<Row> rows, String dir, int[] keyIndex, SerializableConfiguration conf, LongAccumulator count)
        throws IOException {
      this.rows = rows;
      this.count = count;
      this.keyIndex = keyIndex;
      TaskContext task = TaskContext.get();
      Path parent = new Path(dir);
      this.fs = parent.getFileSystem(conf.value());
      String part = String.format("part-%05d", task.partitionId());
      this.tmp = new Path(parent, "." + part + "-" + task.taskAttemptId() + ".tmp");
      this.done = new Path(parent, part + ".csv");
      this.keysTmp = new Path(parent, "." + part + "-" + task.taskAttemptId() + ".keys.tmp");
      this.keysDone = new Path(parent, part + ".keys");
      this.data = new BufferedOutputStream(OutputFiles.create(fs, tmp), 1 << 16);
      if (keyIndex.length == 0) {
        this.keys = null;
        this.printer = new CSVPrinter(new OutputStreamWriter(data, StandardCharsets.UTF_8), CsvTableWriter.FORMAT);
      } else {
        this.keys = new DataOutputStream(new BufferedOutputStream(OutputFiles.create(fs, keysTmp), 1 << 16));
        this.printer = new CSVPrinter(record, CsvTableWriter.FORMAT);
      }
    }

    @Override
    public boolean hasNext() {
      boolean more = rows.hasNext();
      if (!more && !closed) {
        closed = true;
        try {
          printer.close();
          data.close();
          if (keys != null) {
            keys.close();
            publish(keysTmp, keysDone);
          }
          publish(tmp, done);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        count.add(n);
      }
      return more;
    }

    private void publish(Path from, Path to) throws IOException {
      fs.delete(to, false);
      if (!fs.rename(from, to)) {
        throw new IOException("cannot rename " + from + " to " + to);
      }
    }

    @Override
    public Row next() {
      Row r = rows.next();
      try {
        CsvTableWriter.print(printer, r);
        if (keys != null) {
          byte[] b = record.toString().getBytes(StandardCharsets.UTF_8);
          record.setLength(0);
          data.write(b);
          keys.write(1);
          for (int k : keyIndex) {
            keys.writeBoolean(!r.isNullAt(k));
            if (!r.isNullAt(k)) {
              writeString(keys, r.getString(k));
            }
          }
          keys.writeInt(b.length);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      n++;
      return r;
    }
  }
}
