package org.telecomgrowth.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.telecomgrowth.extract.formats.FormatLimits;
import org.telecomgrowth.model.Reject;
import org.telecomgrowth.model.Tables;

/**
 * Extract stage: input files to typed, provenance-linked records.
 *
 * <p>The driver lists the files ({@link InputFiles}: paths and lengths); the document ids are computed over the paths
 * alone, then each task reads its files' content and runs every parsing step (one {@link DocumentExtractor} call per
 * file), so a large corpus is spread over executors. The driver sees no document text; the per-file digests are a
 * table ({@code inputs}). A file that cannot be read in its task (removed or locked since listing) is a reject.
 */
public final class ExtractStage {
  private ExtractStage() {}

  /** Default largest document read, in bytes; larger files are rejected without being read. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;

  public static ExtractOutput run(SparkSession spark, String input, String catalogPath) throws IOException {
    return run(spark, input, catalogPath, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public static ExtractOutput run(SparkSession spark, String input, String catalogPath, long maxDocumentBytes)
      throws IOException {
    return run(spark, input, catalogPath, maxDocumentBytes, null);
  }

  /** Told the size of the listing and given the count of documents extracted so far (for progress lines). */
  public interface Listener {
    void listed(long files, long bytes, LongAccumulator documentsDone);
  }

  /** As {@link #run(SparkSession, String, String, long)}, telling {@code listener} (may be null) the listing. */
  public static ExtractOutput run(SparkSession spark, String input, String catalogPath, long maxDocumentBytes,
      Listener listener) throws IOException {
    Catalog catalog = Catalog.load(catalogPath, spark.sparkContext().hadoopConfiguration(), input);
    // Listed on the driver (paths only): links, unreadable and empty files become rejects (InputFiles). The table
    // of paths and lengths comes from that listing (Spark does not stat the files again): the content is read in the
    // extraction tasks, after the document ids are known (no broadcast of the paths, no shuffle of content).
    InputFiles.Listing listing = InputFiles.list(input, spark.sparkContext().hadoopConfiguration());
    Dataset<Row> all = InputFiles.read(spark, listing).select("path", "length");
    Dataset<Row> files = all.filter(col("length").leq(maxDocumentBytes));
    Dataset<Row> tooLarge = all.filter(col("length").gt(maxDocumentBytes))
        .select(col("path"), concat(lit("file too large: "), col("length").cast("string"),
            lit(" bytes, limit " + maxDocumentBytes + " (--max-document-mb)")).as("reason"));
    LongAccumulator withoutMetric = spark.sparkContext().longAccumulator("numbers without metric");
    LongAccumulator documentsDone = spark.sparkContext().longAccumulator("documents extracted");
    if (listener != null) {
      long readable = listing.files().stream().filter(f -> f.length() <= maxDocumentBytes).count();
      long bytes = listing.files().stream().filter(f -> f.length() <= maxDocumentBytes)
          .mapToLong(InputFiles.ListedFile::length).sum();
      listener.listed(readable, bytes, documentsDone);
    }
    // One job extracts every document into a checkpoint (Checkpoints: local, or one an executor loss survives on a
    // cluster), so the tables below start from the extracted rows (nothing recomputed).
    Dataset<ExtractedDocument> extracted = org.telecomgrowth.io.Checkpoints.keep(
        extract(files, catalog, withoutMetric, documentsDone, maxDocumentBytes));

    Dataset<Row> documents = Tables.contractView(
        extracted.filter(col("document").isNotNull()).select("document.*"), Tables.DOCUMENT_COLUMNS);
    Dataset<Row> observations = Tables.contractView(
        extracted.select(explode(col("observations")).as("o")).select("o.*"), Tables.OBSERVATION_COLUMNS);
    Dataset<Row> unresolved = Tables.contractView(
        extracted.select(explode(col("unresolved")).as("u")).select("u.*"), Tables.UNRESOLVED_COLUMNS);
    Dataset<Row> projections = Tables.contractView(
        extracted.select(explode(col("projections")).as("p")).select("p.*"), Tables.OBSERVATION_COLUMNS);
    Dataset<Row> events = Tables.contractView(
        extracted.select(explode(col("events")).as("e")).select("e.*"), Tables.EVENT_COLUMNS);
    List<Reject> listed = new ArrayList<>(listing.rejects());
    listed.addAll(catalog.rejects());
    Dataset<Reject> emptyFiles = spark.createDataset(listed, Encoders.bean(Reject.class));
    Dataset<Row> rejects = Tables.contractView(
        extracted.filter(col("reject").isNotNull()).select("reject.*"), Tables.REJECT_COLUMNS)
        .unionByName(Tables.contractView(emptyFiles, Tables.REJECT_COLUMNS))
        .unionByName(tooLarge);
    Dataset<Row> inputs = extracted.filter(col("document").isNotNull())
        .select(col("document.path").as("path"), col("document.docId").as("doc_id"),
            col("document.sha256").as("sha256"));
    return new ExtractOutput(documents, observations, events, rejects, unresolved, projections, inputs, withoutMetric.value());
  }

  /**
   * Needs columns {@code path, length} ({@link InputFiles#read}); returns one {@link ExtractedDocument} per
   * file, its content read inside the task. Document ids are file-name stems in safe characters
   * ({@link DocumentIds}), made unique with a path hash when two files share one. {@code withoutMetric} (may be
   * null) sums the numbers found without a metric.
   */
  public static Dataset<ExtractedDocument> extract(Dataset<Row> files, Catalog catalog,
      LongAccumulator withoutMetric) {
    return extract(files, catalog, withoutMetric, null, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /**
   * As {@link #extract(Dataset, Catalog, LongAccumulator)}; {@code documentsDone} (may be null) counts the files
   * extracted so far, and {@code maxDocumentBytes} (--max-document-mb) also bounds what a zipped or compressed format
   * may unpack to ({@link FormatLimits}).
   */
  public static Dataset<ExtractedDocument> extract(Dataset<Row> files, Catalog catalog,
      LongAccumulator withoutMetric, LongAccumulator documentsDone, long maxDocumentBytes) {
    FormatLimits limits = FormatLimits.of(maxDocumentBytes);
    Dataset<Row> ids = files.select("path")
        .withColumn("stem", DocumentIds.fromFileName(col("path")))
        .withColumn("same_stem", count(lit(1)).over(Window.partitionBy("stem")))
        .withColumn("doc_id", when(col("same_stem").gt(1),
            concat(col("stem"), lit("-"), substring(sha2(col("path"), 256), 1, 8))).otherwise(col("stem")))
        .select("path", "doc_id");
    SparkSession spark = files.sparkSession();
    JavaSparkContext jsc = new JavaSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> conf = jsc
        .broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    // The catalog grows with the corpus (3.5 MiB for the Factbook's 8,932 rows): broadcast once to each executor,
    // not serialised into every task of the extraction.
    Broadcast<Catalog> catalogs = jsc.broadcast(catalog);
    return ids.mapPartitions(
        (MapPartitionsFunction<Row, ExtractedDocument>) rows -> extractAll(rows, catalogs.value(),
            conf.value().value(), withoutMetric, documentsDone, limits),
        Encoders.bean(ExtractedDocument.class));
  }

  /**
   * Test hook of the cluster test ({@code --conf spark.telecomgrowth.test.holdExtract=FILE}, a local path that
   * every node sees): a task with documents writes {@code FILE.task-PID-PARTITION}, then waits (at most two
   * minutes) until FILE exists, so the test can kill the Worker running it while the extract stage runs.
   */
  public static final String HOLD_EXTRACT_CONF = "spark.telecomgrowth.test.holdExtract";

  private static void holdForTest(Iterator<Row> rows) {
    org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
    String gate = env == null ? null : env.conf().get(HOLD_EXTRACT_CONF, null);
    if (gate == null || !rows.hasNext()) {
      return;
    }
    java.nio.file.Path file = java.nio.file.Path.of(gate);
    int partition = org.apache.spark.TaskContext.getPartitionId();
    try {
      java.nio.file.Files.writeString(file.resolveSibling(file.getFileName() + ".task-"
          + ProcessHandle.current().pid() + "-" + partition), "");
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!java.nio.file.Files.exists(file) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Iterator<ExtractedDocument> extractAll(Iterator<Row> rows, Catalog catalog, Configuration conf,
      LongAccumulator withoutMetric, LongAccumulator documentsDone, FormatLimits limits) {
    holdForTest(rows);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ExtractedDocument next() {
        Row r = rows.next();
        ExtractedDocument d = extractOne(r.getString(0), r.getString(1), catalog, conf, limits);
        if (withoutMetric != null) {
          withoutMetric.add(d.getNumbersWithoutMetric());
        }
        if (documentsDone != null) {
          documentsDone.add(1);
        }
        return d;
      }
    };
  }

  private static ExtractedDocument extractOne(String path, String docId, Catalog catalog, Configuration conf,
      FormatLimits limits) {
    byte[] content;
    try {
      content = read(new Path(path), conf);
    } catch (IOException | RuntimeException e) {
      return ExtractedDocument.rejected(path, InputFiles.unreadableReason(e)); // removed or locked since listing
    }
    return DocumentExtractor.extractFile(path, docId, content, catalog.lookup(path), limits);
  }

  private static byte[] read(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) {
      fs = local.getRawFileSystem(); // no checksum side file: "a:b.txt" has no legal ".a:b.txt.crc" path
    }
    try (FSDataInputStream in = fs.open(path)) {
      return in.readAllBytes();
    }
  }
}
