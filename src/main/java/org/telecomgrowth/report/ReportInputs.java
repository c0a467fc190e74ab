package org.telecomgrowth.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.telecomgrowth.model.Tables;
import org.telecomgrowth.transform.TransformColumns;

/**
 * The only place the report touches Spark: each method filters and orders a table in Spark and collects a small,
 * capped list of rows to the driver. A table missing from the map, or lacking a column a query needs, yields no rows
 * (the report then says "no data") because the transform tables may legitimately be absent.
 */
final class ReportInputs implements PageInputs {
  /** Most rows any HTML table shows; the CSV under tables/ has them all. */
  static final int TABLE_CAP = 500;
  /** Most points a chart query collects; far above what a readable chart holds. */
  static final int CHART_CAP = 5_000;

  private final Map<String, Dataset<Row>> tables;

  ReportInputs(Map<String, Dataset<Row>> tables) {
    this.tables = tables;
  }

  /** The table if present and carrying every named column, else null. */
  Dataset<Row> table(String name, String... needed) {
    Dataset<Row> t = tables.get(name);
    if (t == null) {
      return null;
    }
    List<String> cols = Arrays.asList(t.columns());
    for (String c : needed) {
      if (!cols.contains(c)) {
        return null;
      }
    }
    return t;
  }

  private List<Row> collect(String name, List<String> needed, Column filter, int limit, String... orderBy) {
    List<String> all = new ArrayList<>(needed);
    all.addAll(Arrays.asList(orderBy));
    Dataset<Row> t = table(name, all.toArray(new String[0]));
    if (t == null) {
      return List.of();
    }
    Dataset<Row> q = filter == null ? t : t.filter(filter);
    if (orderBy.length > 0) {
      q = q.orderBy(Arrays.stream(orderBy).map(c -> col(c).asc_nulls_first()).toArray(Column[]::new));
    }
    return q.limit(limit).collectAsList();
  }

  @Override
  public List<Row> documents() {
    return collect(Tables.DOCUMENTS, List.of("doc_id", "title"), null, TABLE_CAP, "doc_id");
  }

  @Override
  public List<Row> series(String metric) {
    // Points held back by the plausibility rules are not drawn (they are listed under "Points held back").
    Column plausible = table(TransformColumns.SERIES, "flag") == null ? lit(true) : col("flag").equalTo("");
    return collect(TransformColumns.SERIES, List.of("metric", "scope", "value"),
        col("metric").equalTo(metric).and(col("scope").equalTo("national")).and(plausible), CHART_CAP,
        "series_id", "date");
  }

  @Override
  public List<Row> fits(String metric) {
    return collect(TransformColumns.ADOPTION_FIT, List.of("metric", "scope", "fit_status", "fitted_value"),
        col("metric").equalTo(metric).and(col("scope").equalTo("national")), CHART_CAP, "series_id", "date");
  }

  @Override
  public List<Row> breaks() {
    return collect(TransformColumns.BREAKS, List.of("metrics", "kind", "ban_start", "ban_end", "evidence_ref"),
        breaksOf(ReportStage.METRIC), TABLE_CAP, "break_date");
  }

  /** Breaks whose metrics include the given one. */
  static Column breaksOf(String metric) {
    return org.apache.spark.sql.functions.array_contains(
        org.apache.spark.sql.functions.split(col("metrics"), ","), metric);
  }

  @Override
  public List<Row> events() {
    return collect(Tables.EVENTS, List.of("category", "period_end", "sentence"), col("period_start").isNotNull(),
        TABLE_CAP + 1, "period_start", "doc_id", "sentence_index", "category");
  }

  /** Pair, segment and span rates of one metric, national scope (the chart and the headline CAGR). */
  @Override
  public List<Row> growth(String metric) {
    return collect(TransformColumns.GROWTH, List.of("metric", "scope", "kind", "cagr"),
        col("metric").equalTo(metric).and(col("scope").equalTo("national"))
            .and(col("kind").isin("pair", "segment", "span")),
        CHART_CAP, "series_id", "kind", "from_date", "to_date");
  }

  /** The growth table of the report: all metrics, yoy interpolations left to the CSV (there are many). */
  @Override
  public List<Row> growthTable() {
    return collect(TransformColumns.GROWTH, List.of("kind"), col("kind").notEqual("yoy"), TABLE_CAP + 1,
        "metric", "scope", "source", "kind", "from_date", "to_date");
  }

  @Override
  public List<Row> penetration() {
    return collect(TransformColumns.PENETRATION, List.of("metric", "unit", "value"), null, CHART_CAP,
        "metric", "scope", "year", "date");
  }

  @Override
  public List<Row> conflicts() {
    return collect(TransformColumns.CONFLICTS, List.of("value_a", "value_b"), null, TABLE_CAP + 1,
        "metric", "scope", "date_a", "date_b", "series_a", "series_b");
  }

  @Override
  public List<Row> heldBack() {
    return collect(TransformColumns.SERIES, List.of("flag", "value", "series_id"), col("flag").notEqual(""),
        TABLE_CAP + 1, "series_id", "date");
  }

  @Override
  public List<Row> unresolved() {
    return collect(Tables.UNRESOLVED, List.of("reason", "value", "unit", "sentence"), null, TABLE_CAP + 1,
        "doc_id", "char_start");
  }

  /** Observation rows of the referenced sentences ({@code doc_id#sentence_index}). */
  @Override
  public List<Row> observations(Collection<String> refs) {
    if (refs.isEmpty()) {
      return List.of();
    }
    Column ref = concat(col("doc_id"), lit("#"), col("sentence_index").cast("string"));
    return collect(Tables.OBSERVATIONS, List.of("sentence", "value", "section"), ref.isin(refs.toArray()),
        CHART_CAP, "doc_id", "sentence_index", "char_start");
  }
}
