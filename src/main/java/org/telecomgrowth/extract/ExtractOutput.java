package org.telecomgrowth.extract;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The Extract stage's tables, in contract columns, plus {@code inputs} (path, doc_id, sha256 of every document
 * read) and the counter for the manifest.
 */
public record ExtractOutput(Dataset<Row> documents, Dataset<Row> observations, Dataset<Row> events,
    Dataset<Row> rejects, Dataset<Row> unresolved, Dataset<Row> projections, Dataset<Row> inputs,
    long numbersWithoutMetric) {}
