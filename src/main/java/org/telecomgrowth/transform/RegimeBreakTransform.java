package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Regime breaks from the acts of events' sentences, and the segments they cut series into.
 *
 * <p>What a break is: a ban (or suspension) of a service starts a regime on the day of the act ({@link BreakActs}
 * dates it at the act, not at the first date of its sentence); the regime ends on the day after the ban's stated
 * end ("from 2004 to 2008"), or earlier at the first launch of the same service in the same country after the ban
 * began; that first launch is itself a break (service restarts) even when it comes after the stated end. A ban with
 * no stated end ("suspended in 2004") lasts until that relaunch. Later launches, and launches before any ban, are
 * ordinary history. Which series a break applies to: the series of the metrics of its service
 * ({@code transform/break_services.tsv}) in the country of the event's document; jamming broadcasts names no such
 * service and breaks nothing. Acts repeated by several editions or documents collapse into one break per (country,
 * service, date) carrying all their evidence.
 */
public final class RegimeBreakTransform {
  private RegimeBreakTransform() {}

  public static final String BREAK_DATE = "break_date";

  private static final StructType ACTS = new StructType()
      .add("country_iso3", DataTypes.StringType)
      .add("kind", DataTypes.StringType)
      .add("service", DataTypes.StringType)
      .add("act_start", DataTypes.DateType)
      .add("act_end", DataTypes.DateType)
      .add("ref", DataTypes.StringType);

  /** The acts of every event sentence: one row per (entity, kind, service, dates, sentence). */
  static Dataset<Row> acts(Dataset<Row> events, Dataset<Row> documents) {
    Dataset<Row> sentences = events.filter(col("sentence").isNotNull())
        .select(col("doc_id"), col("sentence_index"), col("sentence")).distinct()
        .join(EntityTransform.documentEntities(documents).select(col("doc_id").as("d_doc_id"), col("entity_id")),
            col("doc_id").equalTo(col("d_doc_id")), "left")
        .select(coalesce(col("entity_id"), concat(lit(SeriesTransform.NO_COUNTRY_PREFIX), col("doc_id")))
            .as("country_iso3"),
            concat(col("doc_id"), lit("#"), col("sentence_index").cast("string")).as("ref"), col("sentence"));
    FlatMapFunction<Row, Row> read = r -> {
      List<Row> out = new ArrayList<>();
      for (BreakActs.Act a : BreakActs.find(r.getString(2))) {
        out.add(RowFactory.create(r.getString(0), a.kind(), a.service(), Date.valueOf(a.start()),
            a.end() == null ? null : Date.valueOf(a.end()), r.getString(1)));
      }
      return out.iterator();
    };
    return sentences.flatMap(read, Encoders.row(ACTS));
  }

  /**
   * Needs: events (doc_id, sentence_index, sentence) and documents (doc_id, country_iso3). Adds: the breaks table,
   * one row per (country_iso3, service, break_date): metrics (the service's metric ids, comma-joined), kind
   * (ban_start, ban_end, relaunch, joined by '+' when they fall on one day), ban_start and ban_end (the ban's first
   * and last day; ban_end empty while no relaunch or stated end closes it), evidence_ref (every sentence stating
   * the acts, sorted) and documents (how many documents state them).
   */
  public static Dataset<Row> breaks(Dataset<Row> events, Dataset<Row> documents) {
    Dataset<Row> acts = acts(events, documents);
    Dataset<Row> bans = acts.filter(col("kind").equalTo(BreakActs.BAN))
        .groupBy("country_iso3", "service", "act_start", "act_end")
        .agg(collect_set("ref").as("refs"));
    Dataset<Row> launches = acts.filter(col("kind").equalTo(BreakActs.LAUNCH))
        .groupBy(col("country_iso3").as("l_country"), col("service").as("l_service"), col("act_start").as("l_start"))
        .agg(collect_set("ref").as("l_refs"));
    Dataset<Row> withLaunch = bans.join(launches, col("country_iso3").equalTo(col("l_country"))
            .and(col("service").equalTo(col("l_service"))).and(col("l_start").gt(col("act_start"))), "left")
        .groupBy("country_iso3", "service", "act_start", "act_end", "refs")
        .agg(min(when(col("l_start").isNotNull(), struct(col("l_start"), col("l_refs")))).as("first"))
        .withColumn("first_launch", col("first.l_start"))
        .withColumn("ends", when(col("act_end").isNull(), col("first_launch"))
            .otherwise(least(date_add(col("act_end"), 1), coalesce(col("first_launch"), date_add(col("act_end"), 1)))))
        .withColumn("last_day", date_sub(col("ends"), 1));
    Column[] keep = {col("country_iso3"), col("service")};
    Dataset<Row> starts = withLaunch.select(keep[0], keep[1], col("act_start").as(BREAK_DATE),
        lit("ban_start").as("kind"), col("act_start").as("ban_start"), col("last_day").as("ban_end"),
        col("refs"));
    Dataset<Row> ends = withLaunch.filter(col("ends").isNotNull()).select(keep[0], keep[1],
        col("ends").as(BREAK_DATE), lit("ban_end").as("kind"), col("act_start").as("ban_start"),
        col("last_day").as("ban_end"), col("refs"));
    Dataset<Row> relaunches = withLaunch.filter(col("first_launch").isNotNull()).select(keep[0], keep[1],
        col("first_launch").as(BREAK_DATE), lit("relaunch").as("kind"), col("act_start").as("ban_start"),
        col("last_day").as("ban_end"), col("first.l_refs").as("refs"));
    Dataset<Row> all = starts.unionByName(ends).unionByName(relaunches)
        .groupBy("country_iso3", "service", BREAK_DATE)
        .agg(concat_ws("+", array_sort(collect_set("kind"))).as("kind"), min("ban_start").as("ban_start"),
            max("ban_end").as("ban_end"), array_sort(array_distinct(flatten(collect_list("refs")))).as("refs"));
    return all.select(col("country_iso3"), col("service"), metricsOf(col("service")).as("metrics"),
        col(BREAK_DATE), col("kind"), col("ban_start"), col("ban_end"),
        concat_ws(";", col("refs")).as("evidence_ref"),
        size(array_distinct(transform(col("refs"), r -> substring_index(r, "#", 1)))).as("documents"));
  }

  /** The metric ids of a service (break_services.tsv), comma-joined. */
  private static Column metricsOf(Column service) {
    Column out = lit("");
    for (BreakActs.Service s : BreakActs.SERVICES) {
      out = when(service.equalTo(s.name()), lit(String.join(",", s.metrics()))).otherwise(out);
    }
    return out;
  }

  /**
   * One row per (country_iso3, metric, break_date) from the breaks table (its metrics exploded); a breaks frame
   * without metrics (country_iso3, break_date) applies to every metric (metric null).
   */
  static Dataset<Row> perMetric(Dataset<Row> breaks) {
    List<String> cols = Arrays.asList(breaks.columns());
    Column metric = cols.contains("metrics") ? explode(split(col("metrics"), ","))
        : cols.contains("metric") ? col("metric") : lit(null).cast("string");
    return breaks.select(col("country_iso3"), metric.as("metric"), col(BREAK_DATE)).distinct();
  }

  /**
   * Needs: series points (series_id, country_iso3, metric, date) and breaks (as {@link #breaks}); a point meets the
   * breaks of its series' entity (the first part of series_id) and its metric, so a break never cuts another
   * country's or another service's series. Adds: segment, the 0-based number of the regime the point lies in,
   * counted within its series (dense, so a break outside a series' span does not shift its numbers).
   */
  public static Dataset<Row> segments(Dataset<Row> series, Dataset<Row> breaks) {
    // Breaks are a handful per country and metric: one array per pair keeps these joins small, not a fan-out. A
    // metric-blind break frame (metric null) applies to every metric of its country.
    Dataset<Row> per = perMetric(breaks);
    Dataset<Row> ofMetric = per.filter(col("metric").isNotNull())
        .groupBy(col("country_iso3").as("m_country"), col("metric").as("m_metric"))
        .agg(collect_set(col(BREAK_DATE)).as("_m"));
    Dataset<Row> ofAll = per.filter(col("metric").isNull())
        .groupBy(col("country_iso3").as("a_country"))
        .agg(collect_set(col(BREAK_DATE)).as("_a"));
    Column[] out = Arrays.stream(series.columns()).map(c -> col(c)).toArray(Column[]::new);
    Column empty = org.apache.spark.sql.functions.array().cast("array<date>");
    Dataset<Row> merged = series
        .join(ofMetric, seriesEntity().equalTo(col("m_country")).and(col("metric").equalTo(col("m_metric"))), "left")
        .join(ofAll, seriesEntity().equalTo(col("a_country")), "left")
        .withColumn("_breaks", concat(coalesce(col("_m"), empty), coalesce(col("_a"), empty)));
    return merged
        .withColumn("_regime", size(filter(col("_breaks"), d -> d.leq(col("date")))))
        .withColumn("segment", dense_rank().over(Window.partitionBy("series_id").orderBy("_regime")).minus(1))
        .select(concatCols(out, col("segment")));
  }

  /** A point's entity: its country, else (a document without a country) the first part of its series_id. */
  private static Column seriesEntity() {
    return when(coalesce(col("country_iso3"), lit("")).notEqual(""), col("country_iso3"))
        .otherwise(SeriesTransform.entityOf(col("series_id")));
  }

  private static Column[] concatCols(Column[] a, Column b) {
    Column[] out = Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  /**
   * The last break of each country (and metric, when the group has one) on or before a given group's last point.
   * Needs: points (country_iso3, date, plus the group keys) and breaks. Adds: last_break (null when no break
   * precedes the group's last point).
   */
  static Dataset<Row> lastBreakPerGroup(Dataset<Row> points, Dataset<Row> breaks, String... groupKeys) {
    Column[] keys = Arrays.stream(groupKeys).map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> spans = points.groupBy(keys).agg(min("date").as("first_date"), max("date").as("last_date"));
    Dataset<Row> b = perMetric(breaks).select(col("country_iso3").as("b_country"), col("metric").as("b_metric"),
        col(BREAK_DATE));
    Column metricMatches = Arrays.asList(groupKeys).contains("metric")
        ? col("b_metric").isNull().or(col("b_metric").equalTo(col("metric"))) : lit(true);
    return spans.join(b, col("country_iso3").equalTo(col("b_country")).and(metricMatches)
            .and(col(BREAK_DATE).leq(col("last_date"))), "left")
        .groupBy(concatCols(keys, col("first_date")))
        .agg(max(BREAK_DATE).as("last_break"));
  }
}
