package org.telecomgrowth.extract;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.telecomgrowth.model.Reject;
import org.telecomgrowth.model.Tables;

/**
 * Extract stage: input files to typed, provenance-linked records.
 *
 * <p>Files are read with Spark's binaryFile source and every parsing step runs inside tasks (one
 * {@link DocumentExtractor} call per file), so a large corpus is spread over executors; the driver only sees file
 * paths and digests, never document text.
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
    Catalog catalog = Catalog.load(catalogPath, spark.sparkContext().hadoopConfiguration(), input);
    // Listed on the driver (paths only): links, unreadable and empty files become rejects (InputFiles).
    InputFiles.Listing listing = InputFiles.list(input, spark.sparkContext().hadoopConfiguration());
    Dataset<Row> all = InputFiles.read(spark, listing);
    // binaryFile pushes the length filter down, so a too-large file is never read into memory
    Dataset<Row> files = all.filter(col("length").leq(maxDocumentBytes));
    Dataset<Row> tooLarge = all.filter(col("length").gt(maxDocumentBytes))
        .select(col("path"), concat(lit("file too large: "), col("length").cast("string"),
            lit(" bytes, limit " + maxDocumentBytes + " (--max-document-mb)")).as("reason"));
    Dataset<ExtractedDocument> extracted = extract(files, catalog)
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> documents = Tables.contractView(
        extracted.filter(col("document").isNotNull()).select("document.*"), Tables.DOCUMENT_COLUMNS);
    Dataset<Row> observations = Tables.contractView(
        extracted.select(explode(col("observations")).as("o")).select("o.*"), Tables.OBSERVATION_COLUMNS);
    Dataset<Row> events = Tables.contractView(
        extracted.select(explode(col("events")).as("e")).select("e.*"), Tables.EVENT_COLUMNS);
    List<Reject> listed = new ArrayList<>(listing.rejects());
    listed.addAll(catalog.rejects());
    Dataset<Reject> emptyFiles = spark.createDataset(listed, Encoders.bean(Reject.class));
    Dataset<Row> rejects = Tables.contractView(
        extracted.filter(col("reject").isNotNull()).select("reject.*"), Tables.REJECT_COLUMNS)
        .unionByName(Tables.contractView(emptyFiles, Tables.REJECT_COLUMNS))
        .unionByName(tooLarge);

    List<Map<String, String>> digests = new ArrayList<>();
    for (Row r : extracted.filter(col("document").isNotNull())
        .select(col("document.path"), col("document.docId"), col("document.sha256"))
        .orderBy("path").collectAsList()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("path", r.getString(0));
      m.put("doc_id", r.getString(1));
      m.put("sha256", r.getString(2));
      digests.add(m);
    }
    Row total = extracted.agg(sum("numbersWithoutMetric")).first();
    long withoutMetric = total.isNullAt(0) ? 0 : total.getLong(0);
    return new ExtractOutput(documents, observations, events, rejects, digests, withoutMetric);
  }

  /**
   * Needs columns {@code path, content} (Spark's binaryFile schema); returns one {@link ExtractedDocument} per
   * file. Document ids are file-name stems in safe characters ({@link DocumentIds}), made unique with a path hash
   * when two files share one.
   */
  public static Dataset<ExtractedDocument> extract(Dataset<Row> files, Catalog catalog) {
    Dataset<Row> ids = files.select("path")
        .withColumn("stem", DocumentIds.fromFileName(col("path")))
        .withColumn("same_stem", count(lit(1)).over(Window.partitionBy("stem")))
        .withColumn("doc_id", when(col("same_stem").gt(1),
            concat(col("stem"), lit("-"), substring(sha2(col("path"), 256), 1, 8))).otherwise(col("stem")))
        .select("path", "doc_id");
    return files.select("path", "content")
        .join(broadcast(ids), "path")
        .mapPartitions((MapPartitionsFunction<Row, ExtractedDocument>) rows -> extractAll(rows, catalog),
            Encoders.bean(ExtractedDocument.class));
  }

  private static Iterator<ExtractedDocument> extractAll(Iterator<Row> rows, Catalog catalog) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ExtractedDocument next() {
        Row r = rows.next();
        String path = r.getString(r.fieldIndex("path"));
        byte[] content = (byte[]) r.get(r.fieldIndex("content"));
        String docId = r.getString(r.fieldIndex("doc_id"));
        return DocumentExtractor.extractFile(path, docId, content, catalog.lookup(path));
      }
    };
  }
}
