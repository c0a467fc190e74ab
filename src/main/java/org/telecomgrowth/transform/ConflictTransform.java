package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.greatest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Disagreements between sources: points of one metric, scope and unit from different series (in practice:
 * different sources) whose dates lie within {@value #MAX_DAYS} days (6 months) of each other.
 * relative_difference = |a - b| / max(|a|, |b|). Pairs that agree exactly are not conflicts and are left out.
 * Each pair appears once, series_a being the smaller series_id.
 */
public final class ConflictTransform {
  private ConflictTransform() {}

  public static final int MAX_DAYS = 183;

  /** Needs: series points (TransformColumns.SERIES_COLUMNS). Adds: the conflicts table ({@link TransformColumns#CONFLICTS_COLUMNS}). */
  public static Dataset<Row> conflicts(Dataset<Row> series) {
    Dataset<Row> a = side(series, "a");
    Dataset<Row> b = side(series, "b");
    Column days = abs(datediff(col("date_b"), col("date_a")));
    Column diff = abs(col("value_a").minus(col("value_b")))
        .divide(greatest(abs(col("value_a")), abs(col("value_b"))));
    return a.join(b, col("country_iso3_a").equalTo(col("country_iso3_b"))
            .and(col("metric_a").equalTo(col("metric_b")))
            .and(col("scope_a").equalTo(col("scope_b")))
            .and(col("unit_a").equalTo(col("unit_b")))
            .and(col("series_a").lt(col("series_b")))
            .and(days.leq(MAX_DAYS)))
        .filter(col("value_a").notEqual(col("value_b")))
        .select(col("country_iso3_a").as("country_iso3"), col("metric_a").as("metric"), col("scope_a").as("scope"),
            col("series_a"), col("date_a"), col("value_a"), col("evidence_a"), col("series_b"), col("date_b"),
            col("value_b"), col("evidence_b"), days.as("days_apart"), diff.as("relative_difference"));
  }

  private static Dataset<Row> side(Dataset<Row> series, String s) {
    return series.select(col("country_iso3").as("country_iso3_" + s), col("metric").as("metric_" + s),
        col("scope").as("scope_" + s), col("unit").as("unit_" + s), col("series_id").as("series_" + s),
        col("date").as("date_" + s), col("value").as("value_" + s), col("evidence_ref").as("evidence_" + s));
  }
}
