package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Disagreements, each with the reason: (1) superseded statements, the figures that competed for a published series
 * point and lost by SeriesTransform's rule (a = the published point, b = the statement that lost); (2) nearby
 * points of one metric, scope and unit from different series (in practice: different sources) whose dates lie
 * within {@value #MAX_DAYS} days (6 months) of each other. relative_difference = |a - b| / max(|a|, |b|). Pairs
 * that agree exactly are not conflicts and are left out. Each nearby pair appears once, series_a being the smaller
 * series_id.
 */
public final class ConflictTransform {
  private ConflictTransform() {}

  public static final int MAX_DAYS = 183;
  public static final String SUPERSEDED = "superseded";
  public static final String NEARBY = "nearby";

  /** Needs: series points (TransformColumns.SERIES_COLUMNS, doc_id included). Adds: nearby conflicts ({@link TransformColumns#CONFLICTS_COLUMNS}). */
  public static Dataset<Row> conflicts(Dataset<Row> series) {
    Dataset<Row> a = side(series, "a");
    Dataset<Row> b = side(series, "b");
    Column days = abs(datediff(col("date_b"), col("date_a")));
    return a.join(b, col("country_iso3_a").equalTo(col("country_iso3_b"))
            .and(col("metric_a").equalTo(col("metric_b")))
            .and(col("scope_a").equalTo(col("scope_b")))
            .and(col("unit_a").equalTo(col("unit_b")))
            .and(SeriesTransform.entityOf(col("series_a")).equalTo(SeriesTransform.entityOf(col("series_b"))))
            .and(col("series_a").lt(col("series_b")))
            .and(days.leq(MAX_DAYS)))
        .filter(col("value_a").notEqual(col("value_b")))
        .select(col("country_iso3_a").as("country_iso3"), col("metric_a").as("metric"), col("scope_a").as("scope"),
            col("series_a"), col("date_a"), col("value_a"), col("evidence_a"), col("series_b"), col("date_b"),
            col("value_b"), col("evidence_b"), days.as("days_apart"), difference().as("relative_difference"),
            lit(NEARBY).as("kind"), col("doc_a"), col("doc_b"), lit("different series within 6 months").as("reason"));
  }

  /**
   * Needs: SeriesTransform.candidates (point_key, point_rank, loss_reason and the series columns). Adds: one
   * superseded conflict per losing statement ({@link TransformColumns#CONFLICTS_COLUMNS}).
   */
  public static Dataset<Row> superseded(Dataset<Row> candidates) {
    Dataset<Row> winners = side(candidates.filter(col("point_rank").equalTo(1)), "a")
        .withColumn("key_a", col("point_key_a"));
    Dataset<Row> losers = side(candidates.filter(col("point_rank").gt(1)), "b");
    return winners.join(losers, col("key_a").equalTo(col("point_key_b")))
        .select(col("country_iso3_a").as("country_iso3"), col("metric_a").as("metric"), col("scope_a").as("scope"),
            col("series_a"), col("date_a"), col("value_a"), col("evidence_a"), col("series_b"), col("date_b"),
            col("value_b"), col("evidence_b"), lit(0).as("days_apart"), difference().as("relative_difference"),
            lit(SUPERSEDED).as("kind"), col("doc_a"), col("doc_b"), col("loss_reason_b").as("reason"));
  }

  private static Column difference() {
    return abs(col("value_a").minus(col("value_b"))).divide(greatest(abs(col("value_a")), abs(col("value_b"))));
  }

  private static Dataset<Row> side(Dataset<Row> series, String s) {
    java.util.List<Column> cols = new java.util.ArrayList<>(java.util.List.of(
        col("country_iso3").as("country_iso3_" + s), col("metric").as("metric_" + s),
        col("scope").as("scope_" + s), col("unit").as("unit_" + s), col("series_id").as("series_" + s),
        col("date").as("date_" + s), col("value").as("value_" + s), col("evidence_ref").as("evidence_" + s),
        col("doc_id").as("doc_" + s)));
    for (String extra : new String[] {"point_key", "loss_reason"}) {
      if (java.util.Arrays.asList(series.columns()).contains(extra)) {
        cols.add(col(extra).as(extra + "_" + s));
      }
    }
    return series.select(cols.toArray(new Column[0]));
  }
}
