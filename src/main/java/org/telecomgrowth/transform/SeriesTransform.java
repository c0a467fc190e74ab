package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.array_sort;
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
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

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

  /** True for an observation that states a growth rate (the extractor's metric *_growth or growth_rate). */
  public static Column statedGrowthRate() {
    return col("metric").endsWith("_growth").or(col("metric").equalTo("growth_rate"));
  }

  /** Prefix of the entity part of a series_id for a document without a country: {@code doc:<doc_id>}. */
  public static final String NO_COUNTRY_PREFIX = "doc:";

  /**
   * The entity a series belongs to: its country, or for a document without a country the document itself
   * ({@code doc:<doc_id>}), so that a document with an empty country never joins another document's series.
   * Needs: country_iso3 (empty string when unknown), doc_id.
   */
  static Column entity() {
    return when(col("country_iso3").equalTo(""), concat(lit(NO_COUNTRY_PREFIX), col("doc_id")))
        .otherwise(col("country_iso3"));
  }

  /** The entity part of a series_id (everything before the first {@code |}). */
  public static Column entityOf(Column seriesId) {
    return substring_index(seriesId, "|", 1);
  }

  /** The unit a metric is counted in: per_100_inhabitants, percent, or count; null when the metric is not known. */
  public static Column expectedUnit(Column metric) {
    return when(metric.endsWith("_per_100"), lit("per_100_inhabitants"))
        .when(metric.endsWith("_share").or(metric.startsWith("households_with_"))
            .or(metric.startsWith("network_coverage_")), lit("percent"))
        .when(metric.rlike("^(fixed_lines|.*_subscribers|.*_subscriptions|internet_users|.*_sets)$"), lit("count"));
  }

  /** Rank of a qualifier when two statements compete for one point: a stated exact figure first, bounds last. */
  static Column qualifierRank(Column q) {
    return when(q.equalTo("exact"), lit(0)).when(q.equalTo("approx"), lit(1)).otherwise(lit(2));
  }

  /**
   * The date each document names as its own: documents.document_date (catalog published, else retrieved, else the
   * latest year in the title) when the column is there and set, else January 1 of the latest year in the title.
   * Needs: documents (doc_id, title, optional document_date). Adds: d_doc_id, country_iso3, doc_date.
   */
  static Dataset<Row> documentDates(Dataset<Row> documents) {
    Column titleYear = expr("array_max(transform(regexp_extract_all(coalesce(title, ''), "
        + "'(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])', 1), y -> cast(y as int)))");
    Column fromTitle = make_date(titleYear, lit(1), lit(1));
    Column stated = java.util.Arrays.asList(documents.columns()).contains("document_date")
        ? to_date(col("document_date").cast("string")) : lit(null).cast("date");
    Column title = java.util.Arrays.asList(documents.columns()).contains("title") ? fromTitle : lit(null).cast("date");
    return documents.select(col("doc_id").as("d_doc_id"), col("country_iso3"),
        coalesce(stated, title).as("doc_date"));
  }

  /**
   * Every candidate point with its rank among the statements of one (entity, metric, scope, date). Needs:
   * observations (contract columns, already past quarantine) and documents (doc_id, country_iso3, title, optional
   * document_date). Adds: the {@link TransformColumns#SERIES_COLUMNS} minus flag, plus doc_date, point_key (entity,
   * metric, scope, date joined by {@code |}), point_rank (1 = the published point) and loss_reason (why a
   * point_rank &gt; 1 lost to the first).
   *
   * <p>Observations without a period cannot be placed in time and are left out (they stay in observations.csv), and
   * so are stated growth rates ("grew by 200%": metric *_growth or growth_rate), which are changes, not levels.
   * The same figure stated more than once (same series, period, value and unit) is one candidate whose evidence_ref
   * lists every sentence; its qualifier is exact if any statement was exact, else the common qualifier, else
   * approx; its doc_id is the most recent document stating it (ties: the larger doc_id). An empty country, scope or
   * source becomes the empty string (scope: national) so that series keys never hold nulls; a document without a
   * country gets the entity {@code doc:<doc_id>} in its series_id.
   *
   * <p>The rule that picks the one published value of (entity, metric, scope, date) among different figures, in
   * order: (1) a figure in the unit its metric is counted in beats one in another unit; (2) the most recent
   * document by its own date (documents.document_date: catalog published, else retrieved, else the latest year in
   * its title; a document without a date counts as oldest); (3) a stated exact figure beats an approximate one, and
   * both beat a bound (at least / at most); (4) the larger document id, then the larger value. Different sources are
   * different series, but they still compete for one point of the entity, metric and scope.
   */
  public static Dataset<Row> candidates(Dataset<Row> observations, Dataset<Row> documents) {
    Dataset<Row> placed = observations
        .filter(col("period_start").isNotNull().and(not(statedGrowthRate())))
        .join(documentDates(documents), col("doc_id").equalTo(col("d_doc_id")), "left")
        .join(EntityTransform.documentEntities(documents).withColumnRenamed("doc_id", "e_doc"),
            col("doc_id").equalTo(col("e_doc")), "left")
        // The document's entity (EntityTransform): a part of an ISO entity (West Bank of PSE) joins that entity's
        // series with its own name as the scope, and documents of one entity without a code join one series.
        .withColumn("country_iso3", coalesce(col("entity_country"), col("country_iso3"), lit("")))
        .withColumn("scope", coalesce(col("scope"), lit("national")))
        .withColumn("scope", when(col("scope").equalTo("national").and(coalesce(col("entity_part"), lit(""))
            .notEqual("")), col("entity_part")).otherwise(col("scope")))
        .withColumn("source", coalesce(col("source"), lit("")))
        .withColumn("period_end", coalesce(col("period_end"), col("period_start")))
        .withColumn("entity", coalesce(col("entity_id"), entity()))
        .drop("e_doc", "entity_id", "entity_country", "entity_part")
        .withColumn("series_id", concat_ws("|", col("entity"), col("metric"), col("scope"), col("source")))
        .withColumn("ref", struct(col("doc_id"), col("sentence_index")))
        .withColumn("doc_key", struct(coalesce(col("doc_date"), lit(java.sql.Date.valueOf("0001-01-01"))).as("d"),
            col("doc_id")));
    placed = mergeNestedRepeats(placed);

    Dataset<Row> points = placed
        .groupBy("series_id", "entity", "country_iso3", "metric", "scope", "source", "period_start", "period_end",
            "value", "unit")
        .agg(max(col("doc_key")).as("newest"),
            array_sort(collect_set(col("ref"))).as("refs"),
            max(when(col("qualifier").equalTo("exact"), 1).otherwise(0)).as("any_exact"),
            count_distinct(coalesce(col("qualifier"), lit("exact"))).as("n_qualifiers"),
            min(coalesce(col("qualifier"), lit("exact"))).as("one_qualifier"))
        .withColumn("doc_id", col("newest.doc_id"))
        .withColumn("doc_date", when(col("newest.d").gt(lit(java.sql.Date.valueOf("0001-01-01"))),
            col("newest.d")))
        .withColumn("qualifier", when(col("any_exact").equalTo(1), lit("exact"))
            .when(col("n_qualifiers").equalTo(1), col("one_qualifier"))
            .otherwise(lit("approx")))
        .withColumn("evidence_ref",
            expr("array_join(transform(refs, r -> concat(r.doc_id, '#', cast(r.sentence_index as string))), ';')"))
        .withColumn("date", midpoint(col("period_start"), col("period_end")))
        .withColumn("point_key", concat_ws("|", col("entity"), col("metric"), col("scope"),
            col("date").cast("string")));

    Column unitOk = coalesce(expectedUnit(col("metric")).equalTo(col("unit")), lit(true));
    WindowSpec byPoint = Window.partitionBy("point_key").orderBy(unitOk.desc(), col("doc_date").desc_nulls_last(),
        qualifierRank(col("qualifier")).asc(), col("doc_id").desc(), col("value").desc(), col("series_id").asc());
    Dataset<Row> ranked = points
        .withColumn("_unit_ok", unitOk)
        .withColumn("point_rank", row_number().over(byPoint))
        .withColumn("_w", first(struct(col("_unit_ok"), col("doc_date"), col("qualifier"), col("doc_id"),
            col("unit"))).over(byPoint.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
    Column w = col("_w");
    Column reason = when(col("point_rank").equalTo(1), lit(null).cast("string"))
        .when(w.getField("_unit_ok").and(not(col("_unit_ok"))), concat(lit("unit "), col("unit"),
            lit(" where the metric is counted in "), w.getField("unit")))
        .when(coalesce(w.getField("doc_date").notEqual(col("doc_date")), w.getField("doc_date").isNotNull()),
            concat(lit("older document ("), coalesce(col("doc_date").cast("string"), lit("undated")),
                lit(" < "), w.getField("doc_date").cast("string"), lit(")")))
        .when(qualifierRank(w.getField("qualifier")).lt(qualifierRank(col("qualifier"))),
            concat(lit("qualifier "), w.getField("qualifier"), lit(" beats "), col("qualifier")))
        .when(w.getField("doc_id").notEqual(col("doc_id")),
            lit("same document date and qualifier: the larger document id wins"))
        .otherwise(lit("one document states two values: the larger wins"));
    return ranked.withColumn("loss_reason", reason)
        .drop("_w", "_unit_ok", "entity", "newest", "refs", "any_exact", "n_qualifiers", "one_qualifier");
  }

  /**
   * One figure repeated with a coarser period is one point: where a series (series_id, so the same entity, metric,
   * scope and source) states the same value and unit once for a period and again for a shorter period inside it
   * (a year and a month of that year: "3.2 million (2016)" and "3.2 million (July 2016)"; a span of years and a year
   * inside it: "1 (2007-15)" and "1 (2009)"), the longer period takes one inner period, so both statements meet as
   * one candidate with the evidence of both. Which inner period: the one in the latest year, and within that year
   * the shortest (a level stated for a span is the level as last stated inside it, dated as precisely as it was
   * stated; "2 (1997-99 est.)", "2 (1999)" and "2 (June 1999)" are one point in June 1999). Different values, units
   * or sources stay apart. Needs: series_id, value, unit, period_start, period_end (not null).
   */
  static Dataset<Row> mergeNestedRepeats(Dataset<Row> placed) {
    WindowSpec sameFigure = Window.partitionBy(col("series_id"), col("value"), col("unit"));
    Column span = datediff(col("period_end"), col("period_start"));
    // Every period the figure is stated for in its series, then the inner ones of this row's period, ranked by
    // (end year, shorter first, later start): array_max over structs compares field by field.
    Dataset<Row> withInner = placed
        .withColumn("_len", span)
        .withColumn("_periods", collect_set(struct(expr("year(period_end)").as("y"), span.multiply(-1).as("neg"),
            col("period_start").as("s"), col("period_end").as("e"))).over(sameFigure))
        .withColumn("_inner", expr("array_max(filter(_periods, p -> p.s >= period_start AND p.e <= period_end "
            + "AND -p.neg < _len))"));
    Column inner = col("_inner");
    return withInner
        .withColumn("period_start", when(inner.isNotNull(), inner.getField("s")).otherwise(col("period_start")))
        .withColumn("period_end", when(inner.isNotNull(), inner.getField("e")).otherwise(col("period_end")))
        .drop("_inner", "_periods", "_len");
  }

  /** The published points of {@link #candidates}: rank 1 only, columns as SERIES_COLUMNS minus flag. */
  public static Dataset<Row> published(Dataset<Row> candidates) {
    return candidates.filter(col("point_rank").equalTo(1))
        .select(POINT_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** The series columns before plausibility adds its flag. */
  public static final java.util.List<String> POINT_COLUMNS =
      TransformColumns.SERIES_COLUMNS.subList(0, TransformColumns.SERIES_COLUMNS.size() - 1);

  /**
   * Needs: observations (contract columns, already past quarantine) and documents (doc_id, country_iso3). Adds:
   * country_iso3, series_id, date (period midpoint), evidence_ref: one point per (entity, metric, scope, date) by
   * the rule of {@link #candidates}; columns as SERIES_COLUMNS without flag ({@link #POINT_COLUMNS}).
   */
  public static Dataset<Row> series(Dataset<Row> observations, Dataset<Row> documents) {
    return published(candidates(observations, documents));
  }
}
