package org.telecomgrowth.report;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.telecomgrowth.io.DriverOrder;
import org.telecomgrowth.model.Tables;
import org.telecomgrowth.transform.SeriesTransform;
import org.telecomgrowth.transform.TransformColumns;

/**
 * The report's Spark side for a corpus: per-country aggregates in a handful of jobs, never one job per country.
 * {@link #pages} joins, per entity (a country, or {@code doc:<doc_id>} for a document without one), each table's
 * rows for that page as one capped array, and streams those rows to the driver a partition at a time; the index
 * queries collect one or a few rows per country.
 */
final class CorpusInputs {
  static final String DOCUMENTS = "documents";
  static final String SERIES = "series";
  static final String FITS = "fits";
  static final String EVENTS = "events";
  static final String BREAKS = "breaks";
  static final String GROWTH = "growth";
  static final String GROWTH_TABLE = "growth_table";
  static final String PENETRATION = "penetration";
  static final String CONFLICTS = "conflicts";
  static final String HELD_BACK = "held_back";
  static final String OBSERVATIONS = "observations";

  /** Metrics of the index page, in column order. */
  static final List<String> INDEX_METRICS = List.of("mobile_subscribers", "fixed_lines", "internet_users");

  /**
   * Partitions of the page rows per core: pages take from a few milliseconds (a document without figures) to a
   * second (a country of 36 editions), so several groups per core keep both cores busy to the end.
   */
  static final int PAGE_PARTITIONS_PER_CORE = 4;

  private final ReportInputs in;

  CorpusInputs(ReportInputs in) {
    this.in = in;
  }

  private static Column entityOfSeries(String column) {
    return SeriesTransform.entityOf(col(column));
  }

  /** Entity of a document: its country, else {@code doc:<doc_id>} (the series' convention). */
  private static Column docEntity() {
    return when(coalesce(col("_c"), lit("")).equalTo(""), concat(lit(SeriesTransform.NO_COUNTRY_PREFIX), col("_d")))
        .otherwise(col("_c"));
  }

  private Dataset<Row> withDocEntity(Dataset<Row> t) {
    Dataset<Row> docs = in.table(Tables.DOCUMENTS, "doc_id", "country_iso3");
    if (docs == null) {
      return null;
    }
    // The series' entity of each document (EntityTransform), so a page finds its documents, events and evidence.
    Dataset<Row> d = org.telecomgrowth.transform.EntityTransform.documentEntities(docs)
        .select(col("doc_id").as("_d"), col("entity_id").as("_c"));
    return t.join(d, t.col("doc_id").equalTo(d.col("_d")), "left").withColumn("_entity", docEntity())
        .drop("_d", "_c");
  }

  /** Entities with at least one series point, in order. One small job. */
  List<String> entities() {
    Dataset<Row> s = in.table(TransformColumns.SERIES, "series_id");
    if (s == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Row r : DriverOrder.collect(s.select(entityOfSeries("series_id").as("e")).distinct(), "e")) {
      out.add(r.getString(0));
    }
    return out;
  }

  /** One row per entity: the entity and its rows of each table as arrays of structs (order columns first). */
  private static Dataset<Row> perEntity(Dataset<Row> t, Column entity, String name, int cap, String... order) {
    List<Column> fields = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>(Arrays.asList(order));
    for (String o : order) {
      fields.add(col(o));
    }
    for (String c : t.columns()) {
      if (!seen.contains(c) && !c.startsWith("_")) {
        fields.add(col(c));
      }
    }
    // Only an entity's first `cap` rows (in the order of the sorted structs) reach collect_list: its whole table
    // never sits in one aggregation buffer (a country's events and growth rows of a 1 GB corpus overflowed a 1 GB
    // driver heap). The window sorts by the same fields, nulls first, as array_sort orders the structs.
    Column[] sortKeys = fields.stream().map(Column::asc_nulls_first).toArray(Column[]::new);
    Dataset<Row> first = t.withColumn("_entity_key", entity)
        .withColumn("_rank", row_number().over(Window.partitionBy("_entity_key").orderBy(sortKeys)))
        .filter(col("_rank").leq(cap));
    return first.groupBy(col("_entity_key").as("entity"))
        .agg(slice(array_sort(collect_list(struct(fields.toArray(new Column[0])))), 1, cap).as(name));
  }

  /** The country pages, streamed to the driver (toLocalIterator, a job per partition). */
  Iterator<CountryPage> pages() {
    Dataset<Row> all = pageRows();
    if (all == null) {
      return java.util.Collections.emptyIterator();
    }
    Iterator<Row> rows = all.toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public CountryPage next() {
        return new CountryPage(rows.next());
      }
    };
  }

  /**
   * One row per country with every table's rows for its page ({@link CountryPage}), in
   * {@value #PAGE_PARTITIONS_PER_CORE} partitions per core sorted by entity; null without series.
   */
  Dataset<Row> pageRows() {
    Dataset<Row> series = in.table(TransformColumns.SERIES, "series_id", "metric", "scope", "value");
    if (series == null) {
      return null;
    }
    Column plausible = in.table(TransformColumns.SERIES, "flag") == null ? lit(true) : col("flag").equalTo("");
    Dataset<Row> all = series.select(entityOfSeries("series_id").as("entity")).distinct();
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(perEntity(series.filter(col("metric").equalTo(ReportStage.METRIC)
        .and(col("scope").equalTo("national")).and(plausible)), entityOfSeries("series_id"), SERIES,
        ReportInputs.CHART_CAP, "series_id", "date"));
    if (in.table(TransformColumns.SERIES, "flag") != null) {
      parts.add(perEntity(series.filter(col("flag").notEqual("")), entityOfSeries("series_id"), HELD_BACK,
          ReportInputs.TABLE_CAP + 1, "series_id", "date"));
    }
    Dataset<Row> fits = in.table(TransformColumns.ADOPTION_FIT, "series_id", "metric", "scope", "fit_status",
        "fitted_value", "date");
    if (fits != null) {
      parts.add(perEntity(fits.filter(col("metric").equalTo(ReportStage.METRIC).and(col("scope").equalTo("national"))),
          entityOfSeries("series_id"), FITS, ReportInputs.CHART_CAP,
          "series_id", "date"));
    }
    Dataset<Row> growth = in.table(TransformColumns.GROWTH, "series_id", "metric", "scope", "kind", "cagr",
        "from_date", "to_date", "source");
    if (growth != null) {
      parts.add(perEntity(growth.filter(col("metric").equalTo(ReportStage.METRIC)
          .and(col("scope").equalTo("national")).and(col("kind").isin("pair", "segment", "span"))),
          entityOfSeries("series_id"), GROWTH, ReportInputs.CHART_CAP, "series_id", "kind", "from_date", "to_date"));
      parts.add(perEntity(growth.filter(col("kind").notEqual("yoy")), entityOfSeries("series_id"), GROWTH_TABLE,
          ReportInputs.TABLE_CAP + 1, "metric", "scope", "source", "kind", "from_date", "to_date"));
    }
    Dataset<Row> pen = in.table(TransformColumns.PENETRATION, "country_iso3", "metric", "unit", "value", "scope",
        "year", "date");
    if (pen != null) {
      parts.add(perEntity(pen, col("country_iso3"), PENETRATION, ReportInputs.CHART_CAP, "metric", "scope", "year",
          "date"));
    }
    Dataset<Row> conflicts = in.table(TransformColumns.CONFLICTS, "series_a", "metric", "scope", "date_a", "date_b",
        "series_b", "value_a", "value_b");
    if (conflicts != null) {
      parts.add(perEntity(conflicts, entityOfSeries("series_a"), CONFLICTS, ReportInputs.TABLE_CAP + 1, "metric",
          "scope", "date_a", "date_b", "series_a", "series_b"));
    }
    Dataset<Row> events = in.table(Tables.EVENTS, "doc_id", "period_start", "sentence_index", "category",
        "period_end", "sentence");
    Dataset<Row> ev = events == null ? null : withDocEntity(events.filter(col("period_start").isNotNull()));
    if (ev != null) {
      parts.add(perEntity(ev, col("_entity"), EVENTS, ReportInputs.TABLE_CAP + 1, "period_start", "doc_id",
          "sentence_index", "category"));
    }
    Dataset<Row> breaks = in.table(TransformColumns.BREAKS, "country_iso3", "metrics", "break_date", "kind",
        "ban_start", "ban_end", "evidence_ref");
    if (breaks != null) {
      parts.add(perEntity(breaks.filter(ReportInputs.breaksOf(ReportStage.METRIC)), col("country_iso3"), BREAKS,
          ReportInputs.TABLE_CAP, "break_date"));
    }
    Dataset<Row> docs = in.table(Tables.DOCUMENTS, "doc_id", "title", "country_iso3");
    if (docs != null) {
      Dataset<Row> d = withDocEntity(docs);
      parts.add(perEntity(d, col("_entity"), DOCUMENTS, ReportInputs.TABLE_CAP, "doc_id"));
    }
    Dataset<Row> obs = in.table(Tables.OBSERVATIONS, "doc_id", "sentence_index", "char_start", "sentence", "value",
        "section");
    Dataset<Row> o = obs == null ? null : withDocEntity(obs.select("doc_id", "sentence_index", "char_start",
        "sentence", "value", "section", "metric"));
    if (o != null) {
      parts.add(perEntity(o, col("_entity"), OBSERVATIONS, ReportInputs.CHART_CAP, "doc_id", "sentence_index",
          "char_start"));
    }
    for (Dataset<Row> p : parts) {
      all = all.join(p, scala.collection.JavaConverters.asScalaBuffer(List.of("entity")).toSeq(), "left");
    }
    int partitions = PAGE_PARTITIONS_PER_CORE * Math.max(1, all.sparkSession().sparkContext().defaultParallelism());
    return all.repartition(partitions, col("entity")).sortWithinPartitions("entity");
  }

  /**
   * Per entity and index metric: the latest plausible national point (struct latest: date, value, qualifier,
   * evidence_ref) and all points for the sparkline (points: array of date, value). One job.
   */
  List<Row> latest() {
    Dataset<Row> s = in.table(TransformColumns.SERIES, "series_id", "metric", "scope", "value", "date",
        "qualifier", "evidence_ref");
    if (s == null) {
      return List.of();
    }
    Column plausible = in.table(TransformColumns.SERIES, "flag") == null ? lit(true) : col("flag").equalTo("");
    return s.filter(col("scope").equalTo("national").and(col("metric").isin(INDEX_METRICS.toArray()))
            .and(plausible))
        .groupBy(entityOfSeries("series_id").as("entity"), col("metric"))
        .agg(max(struct(col("date"), col("value"), col("qualifier"), col("evidence_ref"))).as("latest"),
            array_sort(collect_list(struct(col("date"), col("value")))).as("points"))
        .collectAsList();
  }

  /** Per entity: the number of series points held back by the plausibility rules. One job. */
  List<Row> heldBackCounts() {
    Dataset<Row> s = in.table(TransformColumns.SERIES, "series_id", "flag");
    if (s == null) {
      return List.of();
    }
    return s.filter(col("flag").notEqual("")).groupBy(entityOfSeries("series_id").as("entity"))
        .agg(count(lit(1)).as("n")).collectAsList();
  }

  /** Per country: the latest national mobile subscriptions per 100 inhabitants (stated or derived). One job. */
  List<Row> latestPer100() {
    Dataset<Row> p = in.table(TransformColumns.PENETRATION, "country_iso3", "unit", "scope", "value", "base_metric",
        "date", "kind", "evidence_ref", "reference_source");
    if (p == null) {
      return List.of();
    }
    return p.filter(col("unit").equalTo("per_100_inhabitants").and(col("scope").equalTo("national"))
            .and(col("value").isNotNull()).and(col("base_metric").equalTo(ReportStage.METRIC)))
        .groupBy(col("country_iso3").as("entity"))
        .agg(max(struct(col("date"), col("value"), col("kind"), col("evidence_ref"),
            coalesce(col("reference_source"), lit("")).as("reference_source"))).as("latest"))
        .collectAsList();
  }

  /** National growth windows of the headline metric, all countries (a few rows each). One job. */
  List<Row> windows() {
    Dataset<Row> w = in.table(TransformColumns.GROWTH_WINDOWS, "series_id", "metric", "scope", "window", "cagr",
        "flag", "n_points", "evidence_ref");
    if (w == null) {
      return List.of();
    }
    return DriverOrder.collect(w.filter(col("metric").equalTo(ReportStage.METRIC).and(col("scope").equalTo("national")))
        .select(entityOfSeries("series_id").as("entity"), col("series_id"), col("window"), col("from_date"),
            col("to_date"), col("n_points"), col("years"), col("cagr"), col("note"), col("flag"),
            col("evidence_ref")),
        "entity", "window", "series_id");
  }

  /** Mobile subscriptions per 100 inhabitants over time for the chosen countries. One job. */
  List<Row> per100Over(List<String> countries) {
    Dataset<Row> p = in.table(TransformColumns.PENETRATION, "country_iso3", "unit", "scope", "value", "base_metric",
        "date", "kind", "evidence_ref", "reference_source");
    if (p == null || countries.isEmpty()) {
      return List.of();
    }
    return p.filter(col("unit").equalTo("per_100_inhabitants").and(col("scope").equalTo("national"))
            .and(col("value").isNotNull()).and(col("base_metric").equalTo(ReportStage.METRIC))
            .and(col("country_iso3").isin(countries.toArray())))
        .select("country_iso3", "date", "value", "kind", "evidence_ref", "reference_source", "unit")
        .orderBy("country_iso3", "date", "kind").limit(ReportInputs.CHART_CAP).collectAsList();
  }

  /** Country-years without a population (capped). One job. */
  List<Row> populationGaps() {
    Dataset<Row> g = in.table(TransformColumns.POPULATION_GAPS, "country_iso3", "year", "metrics", "points");
    if (g == null) {
      return List.of();
    }
    return g.orderBy("country_iso3", "year").limit(ReportInputs.TABLE_CAP + 1).collectAsList();
  }

  long populationGapCount() {
    Dataset<Row> g = in.table(TransformColumns.POPULATION_GAPS, "country_iso3");
    return g == null ? 0 : g.count();
  }
}
