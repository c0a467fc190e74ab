package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Observations placed in time as points of series. A series is (country_iso3, metric, scope, source): two sources
 * of one metric stay two series and are never averaged.
 */
public final class SeriesTransform {
  private SeriesTransform() {}

  /** {@code doc_id#sentence_index}, the pointer back to the sentence a figure came from. */
  static Column evidenceRef() {
    return concat(col("doc_id"), lit("#"), col("sentence_index").cast("string"));
  }

  /** Midpoint of [start, end] (contract: Dec 2010 -> 2010-12-16, 2015 -> 2015-07-02). */
  static Column midpoint(Column start, Column end) {
    return date_add(start, floor(datediff(end, start).divide(2)).cast("int"));
  }

  /** series_id: the four series keys joined by {@code |}, an empty source kept empty. */
  static Column seriesId() {
    return concat_ws("|", col("country_iso3"), col("metric"), col("scope"), col("source"));
  }

  /**
   * Needs: observations (contract columns, already past quarantine) and documents (doc_id, country_iso3).
   * Adds: country_iso3, series_id, date (period midpoint), evidence_ref; columns as
   * {@link TransformColumns#SERIES_COLUMNS}.
   *
   * <p>Observations without a period cannot be placed in time and are left out (they stay in observations.csv), and
   * so are stated growth rates ("grew by 200%": metric *_growth or growth_rate), which are changes, not levels.
   * The same fact stated twice (same series, period and value) is one point whose evidence_ref lists every
   * sentence; its qualifier is exact if any statement was exact, else the common qualifier, else approx; its
   * doc_id is the first document in id order. An empty country, scope or source becomes the empty string (scope:
   * national) so that series keys never hold nulls.
   */
  /** True for an observation that states a growth rate (the extractor's metric *_growth or growth_rate). */
  public static Column statedGrowthRate() {
    return col("metric").endsWith("_growth").or(col("metric").equalTo("growth_rate"));
  }

  public static Dataset<Row> series(Dataset<Row> observations, Dataset<Row> documents) {
    Dataset<Row> countries = documents.select(col("doc_id").as("d_doc_id"), col("country_iso3"));
    Dataset<Row> placed = observations
        .filter(col("period_start").isNotNull().and(not(statedGrowthRate())))
        .join(broadcast(countries), col("doc_id").equalTo(col("d_doc_id")), "left")
        .withColumn("country_iso3", coalesce(col("country_iso3"), lit("")))
        .withColumn("scope", coalesce(col("scope"), lit("national")))
        .withColumn("source", coalesce(col("source"), lit("")))
        .withColumn("period_end", coalesce(col("period_end"), col("period_start")))
        .withColumn("series_id", seriesId())
        .withColumn("ref", struct(col("doc_id"), col("sentence_index")));

    Dataset<Row> points = placed
        .groupBy("series_id", "country_iso3", "metric", "scope", "source", "period_start", "period_end", "value",
            "unit")
        .agg(min("doc_id").as("doc_id"),
            array_sort(collect_set(col("ref"))).as("refs"),
            max(when(col("qualifier").equalTo("exact"), 1).otherwise(0)).as("any_exact"),
            count_distinct(coalesce(col("qualifier"), lit("exact"))).as("n_qualifiers"),
            min(coalesce(col("qualifier"), lit("exact"))).as("one_qualifier"))
        .withColumn("qualifier", when(col("any_exact").equalTo(1), lit("exact"))
            .when(col("n_qualifiers").equalTo(1), col("one_qualifier"))
            .otherwise(lit("approx")))
        .withColumn("evidence_ref",
            expr("array_join(transform(refs, r -> concat(r.doc_id, '#', cast(r.sentence_index as string))), ';')"))
        .withColumn("date", midpoint(col("period_start"), col("period_end")));
    return points.select(TransformColumns.SERIES_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }
}
