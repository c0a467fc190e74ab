package org.telecomgrowth.extract;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The Extract stage's tables, in contract columns, plus the input digests and counters for the manifest. */
public record ExtractOutput(Dataset<Row> documents, Dataset<Row> observations, Dataset<Row> events,
    Dataset<Row> rejects, Dataset<Row> unresolved, Dataset<Row> projections, List<Map<String, String>> inputDigests, long numbersWithoutMetric) {}
